import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportConnection } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';

/** Addresses the OS prints for "no other computer": a listening or unconnected socket. */
const NO_ADDRESS = new Set(['', '*', '0.0.0.0', '::']);

function remote(c: ReportConnection): string | null {
  if (NO_ADDRESS.has(c.remoteAddress) && !c.remotePort) return null;
  const address = c.remoteAddress.includes(':') ? `[${c.remoteAddress}]` : c.remoteAddress;
  return c.remotePort === null ? address : `${address}:${c.remotePort}`;
}

const isUdp = (c: ReportConnection): boolean => c.protocol === 'udp' || c.protocol === 'udp6';

export function ConnectionRow({ connection: c }: { connection: ReportConnection }): ReactElement {
  const { t, i18n } = useTranslation('connections');
  const lang = useLang();
  const other = remote(c);
  // The technical state name stays beside the plain words, for the help desk.
  const state = c.state === '' ? t(isUdp(c) ? 'noStateUdp' : 'unknownState') : i18n.exists(`connections:states.${c.state}`) ? `${t(`states.${c.state}`)} (${c.state})` : c.state;
  return (
    <tr className={c.flags.length > 0 ? 'flagged' : undefined}>
      <th scope="row">{c.process ?? t('unknownProcess')}{c.pid !== null ? ` (${c.pid})` : ''}</th>
      <td className="path">{c.path ?? ''}</td>
      <td>{other ?? t(c.state === 'LISTEN' ? 'listensOn' : 'noRemote', { port: c.localPort })}</td>
      <td>{state}</td>
      <td>
        {c.flags.length > 0 ? (
          <>
            <span className="badge status-fail"><span aria-hidden="true">✕</span> {t('flagged')}</span>
            <ul>{c.flags.map((f, j) => <li key={j}>{pick(f.text, lang)}</li>)}</ul>
          </>
        ) : (
          t(c.process === null ? 'programUnseen' : 'notFlagged')
        )}
      </td>
    </tr>
  );
}
