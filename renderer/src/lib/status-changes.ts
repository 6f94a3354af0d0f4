import type { CheckResult, Report, Status } from '../../../electron/shared/types';

export interface StatusChange {
  id: string;
  title: CheckResult['title'];
  from: Status | null;
  to: Status;
}

/** Checks whose status differs between a scan and the one before it (new checks count as changed). */
export function statusChanges(previous: Report, current: Report): StatusChange[] {
  const before = new Map(previous.checks.map((c) => [c.id, c.status]));
  return current.checks
    .filter((c) => before.get(c.id) !== c.status)
    .map((c) => ({ id: c.id, title: c.title, from: before.get(c.id) ?? null, to: c.status }));
}
