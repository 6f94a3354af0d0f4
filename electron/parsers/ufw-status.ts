import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** `ufw status verbose` (plain `ufw status` and `status numbered` too), English or Japanese. */
export interface UfwStatus {
  active: boolean;
  /** Default for incoming traffic from the `Default:` line; null when not shown (plain `ufw status`) or not readable. */
  defaultIncoming: 'deny' | 'reject' | 'allow' | null;
  /** Rule rows for incoming traffic (IPv4 and IPv6 rows count separately). */
  inboundRules: number;
  /** The rule rows as printed. */
  rules: string[];
}

/** Non-root: `ERROR: You need to be root to run this script`. */
export function ufwNeedsRoot(text: string): boolean {
  return /need to be root/i.test(text);
}

// Whole-value matches: 非アクティブ (inactive) contains アクティブ (active).
const STATUS = /^(?:Status|状態): (active|inactive|アクティブ|非アクティブ)$/;
const DEFAULT_INCOMING = /^[^:：]+[:：]\s*(deny|reject|allow)\s*\(incoming\)/;
const RULE_ROW = /^(?:\[\s*\d+\]\s*)?(.+?)\s{2,}(ALLOW|DENY|REJECT|LIMIT)(?: (IN|OUT|FWD))?\s{2,}(.+?)\s*$/;
/** Transcripts pasted by users carry prompts such as `user@host:~$ sudo ufw status` or `# ufw enable`. */
const PROMPT = /^(?:\S+@\S+:.*[$#] |[$#] )/;

export function parseUfwStatus(text: string): ParseResult<UfwStatus> {
  const lines = text.split(/\r?\n/);
  // In a pasted session the last status printed is the current one.
  let start = -1;
  let state = '';
  lines.forEach((line, i) => {
    const m = STATUS.exec(line.trim());
    if (m) {
      start = i;
      state = m[1]!;
    }
  });
  if (start < 0) return notUnderstood('no "Status: active|inactive" line');
  const active = state === 'active' || state === 'アクティブ';
  let defaultIncoming: UfwStatus['defaultIncoming'] = null;
  const rules: string[] = [];
  let inTable = false;
  for (const raw of lines.slice(start + 1)) {
    const line = raw.trimEnd();
    if (PROMPT.test(line)) break;
    const d = DEFAULT_INCOMING.exec(line);
    if (d) {
      defaultIncoming = d[1] as UfwStatus['defaultIncoming'];
      continue;
    }
    if (/^\s*--\s+-+\s+-+\s*$/.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (line.trim() === '') break;
    const row = RULE_ROW.exec(line.trim());
    if (row) rules.push(line.trim());
  }
  const inboundRules = rules.filter((r) => !/ (?:ALLOW|DENY|REJECT|LIMIT) (?:OUT|FWD) /.test(r)).length;
  return parsed({ active, defaultIncoming: active ? defaultIncoming : null, inboundRules: active ? inboundRules : 0, rules: active ? rules : [] });
}
