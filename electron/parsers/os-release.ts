import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** /etc/os-release (freedesktop os-release(5)): shell-style KEY=value lines. */
export interface OsRelease {
  /** ID, lower-case machine id of the distribution ('debian', 'ubuntu', 'rhel'). */
  id: string;
  /** VERSION_ID; null on rolling releases (Arch, Debian testing) that have none. */
  versionId: string | null;
  /** PRETTY_NAME, else NAME and VERSION. */
  prettyName: string;
  /** ID_LIKE split on spaces. */
  like: string[];
  /** VERSION_CODENAME; null when absent or empty. */
  codename: string | null;
  /** SUPPORT_END as the file states it (YYYY-MM-DD); null when absent. */
  supportEnd: string | null;
}

const ASSIGNMENT = /^([A-Z][A-Z0-9_]*)=(.*)$/;

/** Undoes the quoting os-release allows: "…" or '…' with backslash escapes, or a bare word. */
function unquote(raw: string): string | null {
  const value = raw.trim();
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    if (value.length < 2 || value.at(-1) !== quote) return null;
    return value.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
  }
  if (/\s/.test(value)) return null;
  return value;
}

export function parseOsRelease(text: string): ParseResult<OsRelease> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = ASSIGNMENT.exec(trimmed);
    if (!m) continue;
    const value = unquote(m[2]!);
    if (value !== null) fields.set(m[1]!, value);
  }
  if (fields.size === 0) return notUnderstood('no KEY=value lines');
  const id = fields.get('ID');
  if (!id) return notUnderstood('no ID= line');
  const name = fields.get('NAME') ?? id;
  const prettyName = fields.get('PRETTY_NAME') || [name, fields.get('VERSION')].filter(Boolean).join(' ');
  const supportEnd = fields.get('SUPPORT_END');
  return parsed({
    id: id.toLowerCase(),
    versionId: fields.get('VERSION_ID') || null,
    prettyName,
    like: (fields.get('ID_LIKE') ?? '').split(/\s+/).filter(Boolean),
    codename: fields.get('VERSION_CODENAME') || null,
    supportEnd: supportEnd && /^\d{4}-\d{2}-\d{2}$/.test(supportEnd) ? supportEnd : null,
  });
}
