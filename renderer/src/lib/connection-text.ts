import { useTranslation } from 'react-i18next';
import type { LocalizedText, Report, ReportConnection } from '../../../electron/shared/types';

/** "10.213.7.2:6667", "[2001:db8::1]:443", or the address alone when the port is not known. */
export function remoteText(c: Pick<ReportConnection, 'remoteAddress' | 'remotePort'>): string {
  const address = c.remoteAddress.includes(':') ? `[${c.remoteAddress}]` : c.remoteAddress;
  return c.remotePort === null ? address : `${address}:${c.remotePort}`;
}

/** A socket state in the connections screen's plain words, the technical name kept for the help desk; '' for UDP. */
export function useStateText(): (state: string) => string {
  const { t, i18n } = useTranslation('connections');
  return (state) => (state === '' ? '' : i18n.exists(`connections:states.${state}`) ? `${t(`states.${state}`)} (${state})` : state);
}

const NOT_RECORDED: LocalizedText = { en: 'no reason was recorded', ja: '理由は記録されていません' };

/** Why the connection table is missing: NET-001 needs nothing else, so its reason is the table's. */
export function connectionsProblem(report: Report): LocalizedText | null {
  if (report.connections !== null) return null;
  return report.checks.find((c) => c.id === 'NET-001')?.reason?.text ?? NOT_RECORDED;
}
