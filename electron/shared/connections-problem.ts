import type { LocalizedText, Report } from './types';

const NOT_RECORDED: LocalizedText = { en: 'no reason was recorded', ja: '理由は記録されていません' };

/** Why the connection table is missing, or null when it was read. NET-001 needs nothing else, so its reason is the table's. */
export function connectionsProblem(report: Pick<Report, 'connections' | 'checks'>): LocalizedText | null {
  if (report.connections !== null) return null;
  return report.checks.find((c) => c.id === 'NET-001')?.reason?.text ?? NOT_RECORDED;
}
