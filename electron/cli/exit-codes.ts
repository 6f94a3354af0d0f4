import type { Report } from '../shared/types';

/** Documented in the README; scripts of small offices rely on them. */
export const EXIT = {
  ok: 0,
  atRisk: 1,
  infected: 2,
  error: 3,
  incomplete: 4,
} as const;

export function exitCodeFor(report: Report): number {
  const { protection, infection } = report.headlines;
  if (infection.status === 'fail') return EXIT.infected;
  if (protection.status === 'fail' || protection.status === 'warn' || infection.status === 'warn') return EXIT.atRisk;
  if (protection.status === 'unknown' || infection.status === 'unknown') return EXIT.incomplete;
  return EXIT.ok;
}
