import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** `firewall-cmd --state`: `running` (exit 0) or `not running` (exit 252, on stderr). */
export interface FirewalldState {
  running: boolean;
  /** Why it is not running, when firewall-cmd said more than "not running". */
  note: string | null;
}

/** `firewall-cmd --list-all`: the default zone as firewalld applies it. */
export interface FirewalldZone {
  zone: string;
  /** `default`, `ACCEPT`, `DROP`, `REJECT` (older versions print `%%REJECT%%`). */
  target: string;
  interfaces: string[];
  sources: string[];
  services: string[];
  ports: string[];
  protocols: string[];
  sourcePorts: string[];
  richRules: string[];
}

/** Without rights (no polkit agent, not root): `Authorization failed.` */
export function firewalldNeedsRoot(text: string): boolean {
  return /Authorization failed|Not authorized|AccessDenied/.test(text);
}

/** Stdout and stderr together: the answer to --state goes to either, depending on it. */
export function parseFirewalldState(text: string): ParseResult<FirewalldState> {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.includes('running')) return parsed({ running: true, note: null });
  if (lines.includes('not running')) return parsed({ running: false, note: null });
  // firewalld lives on the system bus; with no bus to reach, it cannot be running.
  if (lines.some((l) => /^Error: DBUS_ERROR: Failed to connect to socket \S*system_bus_socket/.test(l))) {
    return parsed({ running: false, note: 'the system D-Bus is not reachable' });
  }
  return notUnderstood(lines.length ? `unexpected answer "${lines[0]!.slice(0, 80)}"` : 'empty output');
}

const FIELD = /^([a-z][a-z -]*):\s?(.*)$/;

function words(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

export function parseFirewalldZone(text: string): ParseResult<FirewalldZone> {
  const lines = text.split(/\r?\n/);
  const fields = new Map<string, string>();
  const richRules: string[] = [];
  let zone: string | null = null;
  let inRich = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (zone === null) {
      const z = /^(\S+)(?: \(([^)]*)\))?$/.exec(line);
      if (!z) return notUnderstood(`no zone name line, got "${line.slice(0, 80)}"`);
      zone = z[1]!;
      continue;
    }
    // Rich rules follow their heading one per line, indented further, each starting with "rule".
    if (inRich && /^rule\b/.test(line)) {
      richRules.push(line);
      continue;
    }
    const f = FIELD.exec(line);
    if (!f) return notUnderstood(`unexpected line "${line.slice(0, 80)}"`);
    inRich = f[1] === 'rich rules';
    fields.set(f[1]!, f[2]!.trim());
  }
  const target = fields.get('target');
  if (!zone || !target) return notUnderstood('no "target:" line');
  // firewalld prints "rich rules:" last; without it the listing was cut off.
  if (!fields.has('rich rules')) return notUnderstood('no "rich rules:" line (cut off?)');
  return parsed({
    zone,
    target,
    interfaces: words(fields.get('interfaces')),
    sources: words(fields.get('sources')),
    services: words(fields.get('services')),
    ports: words(fields.get('ports')),
    protocols: words(fields.get('protocols')),
    sourcePorts: words(fields.get('source-ports')),
    richRules,
  });
}
