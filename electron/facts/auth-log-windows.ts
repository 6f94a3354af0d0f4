import type { AuthLogFacts, LoginFailureSource } from '../shared/facts';
import { parseLogonEventsSection, type LogonEvent, type LogonEvents } from '../parsers/windows-logon-events';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const PROBES = [INVENTORY] as const;
export const WINDOWS_AUTH_SOURCE = 'Security log (event 4625)';
const WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Network (file sharing, and Remote Desktop's NLA step), network clear-text, and Remote Desktop logons: the ones bots can reach. */
const REMOTE_TYPES = new Set([3, 8, 10]);
/** Successful logons that can follow a guessed password from another machine. */
const ACCEPTED_TYPES = new Set([3, 10]);

function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1';
}

/** Where the examined period starts: a week back, unless the log or the event cap does not reach that far. */
function windowStart(log: LogonEvents, to: Date): Date {
  const starts = [to.getTime() - WINDOW_DAYS * DAY_MS];
  if (log.oldestEventAt) starts.push(Date.parse(log.oldestEventAt));
  if (log.failed.length >= log.maxEvents) starts.push(Math.min(...log.failed.map((e) => Date.parse(e.at))));
  return new Date(Math.max(...starts));
}

function remoteFailure(e: LogonEvent): e is LogonEvent & { address: string } {
  return e.address !== null && !isLoopback(e.address) && e.logonType !== null && REMOTE_TYPES.has(e.logonType);
}

export function summarizeLogons(log: LogonEvents, from: Date, to: Date): Pick<AuthLogFacts, 'failed' | 'sources' | 'acceptedAfterFailures'> {
  const inWindow = (e: LogonEvent) => {
    const t = Date.parse(e.at);
    return t >= from.getTime() && t <= to.getTime();
  };
  const failures = log.failed.filter(remoteFailure).filter(inWindow);
  const bySource = new Map<string, number>();
  for (const e of failures) bySource.set(e.address, (bySource.get(e.address) ?? 0) + 1);
  const sources: LoginFailureSource[] = [...bySource].map(([address, count]) => ({ address, count })).sort((a, b) => b.count - a.count || a.address.localeCompare(b.address));
  const acceptedAfterFailures = log.accepted
    .filter((e) => inWindow(e) && e.address !== null && e.logonType !== null && ACCEPTED_TYPES.has(e.logonType))
    .filter((e) => failures.some((f) => f.address === e.address && Date.parse(f.at) <= Date.parse(e.at)))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((e) => ({ address: e.address!, user: e.user ?? '', at: e.at }));
  return { failed: failures.length, sources, acceptedAfterFailures };
}

/**
 * Failed logons from other machines in the seven days before the capture (Security log event
 * 4625), by source address, and logons accepted afterwards from an address that had failed (4624).
 * Local logons and loopback addresses are left out: a person at the keyboard or a local service
 * mistyping a password is not a bot. Without administrator rights the Security log is closed.
 */
export const windowsAuthLogFact = defineFactSource({
  fact: 'authLog',
  platform: 'win32',
  probes: PROBES,
  derive(raws, ctx) {
    if (!ctx.capturedAt) {
      const text = { en: 'The capture time is not known, so the last seven days of logs cannot be picked.', ja: '取得日時が分からないため、直近 7 日間のログを選び出せません。' };
      return unknownFact(PROBES, { kind: 'no-capture-time', text });
    }
    const section = inventorySection(raws, 'failedLogons', parseLogonEventsSection);
    if (!section.ok) return unknownFact(PROBES, section.reason);
    const to = ctx.capturedAt;
    const from = windowStart(section.value, to);
    const facts: AuthLogFacts = { from: from.toISOString(), to: to.toISOString(), ...summarizeLogons(section.value, from, to), source: WINDOWS_AUTH_SOURCE };
    return knownFact(PROBES, facts);
  },
});
