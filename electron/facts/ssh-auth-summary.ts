import type { LoginFailureSource } from '../shared/facts';
import type { SshAuthEvent } from '../parsers/auth-log';

/** sshd gives a client LoginGraceTime (2 minutes by default) to log in; a longer pause under one pid is a new connection. */
const SESSION_GAP_MS = 10 * 60 * 1000;

const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)$/;

interface Session {
  lastAt: number;
  /** `Failed password` lines (with their repeats). */
  failedLines: number;
  /** PAM failures (with `N more`). */
  pamFailures: number;
  /** Any other sign that this connection failed to log in. */
  otherSign: boolean;
  /** Address from sshd's own lines (an IP); PAM's rhost is kept apart because it may be a host name. */
  address: string | null;
  pamHost: string | null;
}

/**
 * One connection logs several lines for one attempt (PAM failure, `Failed password`, `Connection
 * closed`), so attempts are counted per connection (pid): the `Failed password` lines, or the PAM
 * failures, whichever says more, and one for a connection with only other signs (an invalid user
 * turned away before a password, a key refused).
 */
function failures(s: Session): number {
  return Math.max(s.failedLines, s.pamFailures, s.otherSign ? 1 : 0);
}

export interface SshAuthSummary {
  failed: number;
  sources: LoginFailureSource[];
  acceptedAfterFailures: { address: string; user: string; at: string }[];
}

/** Failed SSH logins between `from` and `to`, by source, and password logins from an address that had failed before. */
export function summarizeSshAuth(events: readonly SshAuthEvent[], from: Date, to: Date): SshAuthSummary {
  const inWindow = events
    .filter((e) => {
      const t = Date.parse(e.at);
      return t >= from.getTime() && t <= to.getTime();
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const sessions: Session[] = [];
  const open = new Map<number, Session>();
  const failedFrom = new Set<string>();
  const acceptedAfterFailures: SshAuthSummary['acceptedAfterFailures'] = [];
  for (const e of inWindow) {
    const t = Date.parse(e.at);
    if (e.kind === 'accepted-password') {
      if (e.address && failedFrom.has(e.address)) acceptedAfterFailures.push({ address: e.address, user: e.user ?? '', at: e.at });
      continue;
    }
    let s = e.pid === null ? undefined : open.get(e.pid);
    if (!s || t - s.lastAt > SESSION_GAP_MS) {
      s = { lastAt: t, failedLines: 0, pamFailures: 0, otherSign: false, address: null, pamHost: null };
      sessions.push(s);
      if (e.pid !== null) open.set(e.pid, s);
    }
    s.lastAt = t;
    if (e.kind === 'failed-password') s.failedLines += e.count;
    else if (e.kind === 'pam-failure') s.pamFailures += e.count;
    else s.otherSign = true;
    if (e.address && e.kind !== 'pam-failure') s.address ??= e.address;
    if (e.address && e.kind === 'pam-failure') s.pamHost ??= e.address;
    if (e.address) failedFrom.add(e.address);
    const known = s.address ?? (s.pamHost && IP.test(s.pamHost) ? s.pamHost : null);
    if (known) failedFrom.add(known);
  }
  const bySource = new Map<string, number>();
  let failed = 0;
  for (const s of sessions) {
    const n = failures(s);
    if (n === 0) continue;
    failed += n;
    const address = s.address ?? s.pamHost;
    if (address) bySource.set(address, (bySource.get(address) ?? 0) + n);
  }
  const sources = [...bySource].map(([address, count]) => ({ address, count })).sort((a, b) => b.count - a.count || a.address.localeCompare(b.address));
  return { failed, sources, acceptedAfterFailures };
}
