import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportConnection } from '../../../electron/shared/types';
import { remoteText, useStateText } from '../lib/connection-text';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';

/** Addresses the OS prints for "no other computer": a listening or unconnected socket. */
const NO_ADDRESS = new Set(['', '*', '0.0.0.0', '::']);

function remote(c: ReportConnection): string | null {
  return NO_ADDRESS.has(c.remoteAddress) && !c.remotePort ? null : remoteText(c);
}

const isUdp = (c: ReportConnection): boolean => c.protocol === 'udp' || c.protocol === 'udp6';

export function ConnectionRow({ connection: c }: { connection: ReportConnection }): ReactElement {
  const { t } = useTranslation('connections');
  const lang = useLang();
  const stateText = useStateText();
  const other = remote(c);
  const state = c.state === '' ? t(isUdp(c) ? 'noStateUdp' : 'unknownState') : stateText(c.state);
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
