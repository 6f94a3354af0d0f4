import { useTranslation } from 'react-i18next';
import type { ReportConnection } from '../../../electron/shared/types';

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
