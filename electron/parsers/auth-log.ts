import { notUnderstood, parsed, type ParseResult } from './parse-result';

export type SshAuthKind =
  /** `Failed password|keyboard-interactive/pam for [invalid user] X from IP port N ssh2` */
  | 'failed-password'
  /** `Invalid user X from IP [port N]` */
  | 'invalid-user'
  /** PAM `authentication failure; … rhost=IP`, `PAM n more authentication failures`, `error: PAM: Authentication failure for X from IP` */
  | 'pam-failure'
  /** `Connection closed|reset by` / `Disconnected from` `authenticating|invalid user X IP port N [preauth]` */
  | 'preauth-close'
  /** `maximum authentication attempts exceeded …`, `Disconnecting…: Too many authentication failures` */
  | 'too-many'
  /** `Accepted password|keyboard-interactive/pam for X from IP port N ssh2` */
  | 'accepted-password';

export interface SshAuthEvent {
  /** When it was logged, ISO 8601 UTC. */
  at: string;
  /** The sshd process: the lines of one connection share it. */
  pid: number | null;
  kind: SshAuthKind;
  /** Attempts the line stands for: rsyslog's `message repeated N times`, PAM's `N more`. */
  count: number;
  user: string | null;
  /** Client address as logged; PAM may log a host name instead. */
  address: string | null;
}

export interface SshAuthLog {
  events: SshAuthEvent[];
  /** First and last time stamp of any line: how far the text reaches. */
  firstLineAt: string | null;
  lastLineAt: string | null;
  /** Files read, oldest first, from the probe's `==> path <==` headers; `cut` when only the end of the file was read. */
  files: { path: string; cut: boolean }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER = /^==> (.+?)(?: \(([^()]*)\))? <==$/;
/** `Mar  8 02:44:59 host …` (syslog, no year, local time) and journalctl's `short` form. */
const SYSLOG_STAMP = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d+)? (\S+) (.*)$/;
/** `2026-11-26T07:23:24.578779+09:00 host …` (rsyslog's default since Debian 12) and journalctl `short-iso` (`+0000`). */
const ISO_STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)(Z|[+-]\d{2}:?\d{2}) (\S+) (.*)$/;
const PROGRAM = /^([^\s[:]+)(?:\[(\d+)\])?: ?(.*)$/;
/** OpenSSH 9.8 moved per-connection logging to sshd-session; very old PAM logged as sshd(pam_unix). */
const SSHD = /^sshd(?:-session|-auth|\(pam_unix\))?$/;

type Match = Pick<SshAuthEvent, 'kind' | 'user' | 'address'> & { count?: number };

const RULES: { re: RegExp; make: (m: RegExpExecArray) => Match }[] = [
  { re: /^Failed (?:password|keyboard-interactive\/pam) for (?:(?:invalid|illegal) user )?(.*) from (\S+) port \d+/, make: (m) => ({ kind: 'failed-password', user: m[1]!, address: m[2]! }) },
  { re: /^(?:Invalid|Illegal) user (.*?) from (\S+?)(?: port \d+)?\s*$/, make: (m) => ({ kind: 'invalid-user', user: m[1]!, address: m[2]! }) },
  { re: /^(?:pam_unix\(sshd:auth\): )?authentication failure;.*?\brhost=(\S*)(?:\s+user=(\S+))?/, make: (m) => ({ kind: 'pam-failure', user: m[2] ?? null, address: m[1] || null }) },
  { re: /^PAM (\d+) more authentication failures?;.*?\brhost=(\S*)(?:\s+user=(\S+))?/, make: (m) => ({ kind: 'pam-failure', count: Number(m[1]), user: m[3] ?? null, address: m[2] || null }) },
  { re: /^error: PAM: Authentication failure for (?:(?:invalid|illegal) user )?(.*) from (\S+)$/, make: (m) => ({ kind: 'pam-failure', user: m[1]!, address: m[2]! }) },
  { re: /^(?:Connection closed by|Connection reset by|Disconnected from) (?:invalid|authenticating) user (.*) (\S+) port \d+ \[preauth\]$/, make: (m) => ({ kind: 'preauth-close', user: m[1]!, address: m[2]! }) },
  { re: /^(?:error: )?maximum authentication attempts exceeded for (?:(?:invalid|illegal) user )?(.*) from (\S+) port \d+/, make: (m) => ({ kind: 'too-many', user: m[1]!, address: m[2]! }) },
  { re: /^Disconnecting (?:invalid|authenticating) user (.*) (\S+) port \d+: Too many authentication failures/, make: (m) => ({ kind: 'too-many', user: m[1]!, address: m[2]! }) },
  { re: /^Disconnecting: Too many authentication failures(?: for (?:(?:invalid|illegal) user )?(.*?))?(?: \[preauth\])?$/, make: (m) => ({ kind: 'too-many', user: m[1] ?? null, address: null }) },
  { re: /^Accepted (?:password|keyboard-interactive\/pam) for (.*) from (\S+) port \d+/, make: (m) => ({ kind: 'accepted-password', user: m[1]!, address: m[2]! }) },
];

function classify(message: string): Match | null {
  const repeated = /^message repeated (\d+) times: \[ ?(.*)\]$/.exec(message);
  const text = repeated ? repeated[2]! : message;
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const match = rule.make(m);
    return repeated ? { ...match, count: Number(repeated[1]) * (match.count ?? 1) } : match;
  }
  return null;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

interface Line {
  /** Instant in ms; for syslog stamps filled in once the year is known. */
  time: number | null;
  syslog: { month: number; day: number; h: number; m: number; s: number; offset: number } | null;
  /** What follows the host name: `program[pid]: message`. */
  rest: string;
}

function readStamp(line: string, offset: number): Line | null {
  const iso = ISO_STAMP.exec(line);
  if (iso) {
    const [, stamp, zone, , rest] = iso;
    const seconds = stamp!.replace(/[.,](\d{1,3})\d*$/, '.$1');
    const time = Date.parse(`${seconds}${zone === 'Z' ? 'Z' : zone!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
    return Number.isNaN(time) ? null : { time, syslog: null, rest: rest! };
  }
  const sys = SYSLOG_STAMP.exec(line);
  if (!sys) return null;
  const month = MONTHS.indexOf(sys[1]!);
  const day = Number(sys[2]);
  if (month < 0 || day < 1 || day > 31) return null;
  return { time: null, syslog: { month, day, h: Number(sys[3]), m: Number(sys[4]), s: Number(sys[5]), offset }, rest: sys[7]! };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function instant(s: NonNullable<Line['syslog']>, year: number): number | null {
  const t = Date.UTC(year, s.month, s.day, s.h, s.m, s.s);
  if (new Date(t).getUTCDate() !== s.day) return null; // Feb 29 in a common year
  return t - s.offset * 60 * 1000;
}

/**
 * Syslog stamps have no year. Logs run forwards in time, so walk back from the newest line: it lies
 * before the capture time, and each earlier line lies before the one after it (a day of slack for
 * lines written slightly out of order); where it would not, the year before is meant. Lines with a
 * full stamp (ISO) re-anchor the walk.
 */
function fillYears(lines: Line[], capturedAt: Date): void {
  let limit = capturedAt.getTime() + DAY_MS;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.syslog) {
      let year = new Date(limit).getUTCFullYear() + 1;
      let t: number | null = null;
      for (let tries = 0; tries < 8 && (t === null || t > limit); tries++, year--) t = instant(line.syslog, year);
      line.time = t !== null && t <= limit ? t : null;
    }
    if (line.time !== null) limit = line.time + DAY_MS;
  }
}

function zoneOf(notes: string | undefined): number {
  const m = /UTC([+-]\d{2}:\d{2})/.exec(notes ?? '');
  return m ? offsetMinutes(m[1]!) : 0;
}

/**
 * sshd's authentication lines from a syslog file (auth.log, secure, with the probe's `==> path <==`
 * headers) or from journalctl (`short-iso`, or the default `short`). Syslog time stamps are local
 * time without a year: the header's `UTC±hh:mm` gives the zone (UTC without one) and the capture
 * time gives the year.
 */
export function parseAuthLog(text: string, capturedAt: Date): ParseResult<SshAuthLog> {
  if (text.trim() === '') return notUnderstood('empty output');
  const files: SshAuthLog['files'] = [];
  const lines: Line[] = [];
  let offset = 0;
  let skipPartial = false;
  let unreadable = 0;
  for (const raw of text.split(/\r?\n/)) {
    const header = HEADER.exec(raw);
    if (header) {
      if (header[2]?.startsWith('not read')) {
        unreadable++;
        continue;
      }
      const cut = /\blast \d+ of \d+ bytes\b/.test(header[2] ?? '');
      files.push({ path: header[1]!, cut });
      offset = zoneOf(header[2]);
      skipPartial = cut;
      continue;
    }
    if (skipPartial) {
      // The read started inside this line.
      skipPartial = false;
      continue;
    }
    if (raw.trim() === '' || raw.startsWith('-- ')) continue;
    const line = readStamp(raw, offset);
    if (line) lines.push(line);
  }
  // journalctl prints this when nothing matched; an empty log file proves nothing about earlier days.
  const noEntries = /^-- No entries --$/m.test(text);
  if (lines.length === 0 && !noEntries) return notUnderstood(unreadable > 0 ? 'the log files could not be read' : 'no time-stamped log lines');
  fillYears(lines, capturedAt);
  const events: SshAuthEvent[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const line of lines) {
    if (line.time === null) continue;
    first = Math.min(first, line.time);
    last = Math.max(last, line.time);
    const prog = PROGRAM.exec(line.rest);
    if (!prog || !SSHD.test(prog[1]!)) continue;
    const match = classify(prog[3]!);
    if (!match) continue;
    events.push({
      at: new Date(line.time).toISOString(),
      pid: prog[2] ? Number(prog[2]) : null,
      kind: match.kind,
      count: match.count ?? 1,
      user: match.user,
      address: match.address,
    });
  }
  if (lines.length > 0 && first === Infinity) return notUnderstood('no line has a date that fits before the capture time');
  return parsed({
    events,
    firstLineAt: first === Infinity ? null : new Date(first).toISOString(),
    lastLineAt: last === -Infinity ? null : new Date(last).toISOString(),
    files,
  });
}
