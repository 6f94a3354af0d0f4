import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportConnection } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { ScreenFrame } from './screen-frame';

function remote(c: ReportConnection): string {
  if (!c.remoteAddress || c.remoteAddress === '*') return '';
  const address = c.remoteAddress.includes(':') ? `[${c.remoteAddress}]` : c.remoteAddress;
  return c.remotePort === null ? address : `${address}:${c.remotePort}`;
}

/** Connection states in plain words, with the technical name kept for the help desk. */
function useStateText(): (state: string) => string {
  const { t, i18n } = useTranslation('connections');
  return (state) => (i18n.exists(`connections:states.${state}`) ? `${t(`states.${state}`)} (${state})` : state);
}

export function ConnectionsScreen({ connections }: { connections: ReportConnection[] | null }): ReactElement {
  const { t } = useTranslation('connections');
  const lang = useLang();
  const stateText = useStateText();
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  if (connections === null) {
    return (
      <ScreenFrame title={t('title')}>
        <p>{t('unreadable')}</p>
      </ScreenFrame>
    );
  }
  const flaggedFirst = [...connections].sort((a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0));
  const rows = onlyFlagged ? flaggedFirst.filter((c) => c.flags.length > 0) : flaggedFirst;
  return (
    <ScreenFrame title={t('title')}>
      <p>{t('intro')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
        {t('onlyFlagged')}
      </label>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.process')}</th>
                <th scope="col">{t('col.path')}</th>
                <th scope="col">{t('col.remote')}</th>
                <th scope="col">{t('col.state')}</th>
                <th scope="col">{t('col.why')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c, i) => (
                <tr key={`${c.protocol}-${c.localAddress}-${c.localPort}-${c.remoteAddress}-${c.remotePort}-${i}`} className={c.flags.length > 0 ? 'flagged' : undefined}>
                  <th scope="row">{c.process ?? t('unknownProcess')}{c.pid !== null ? ` (${c.pid})` : ''}</th>
                  <td className="path">{c.path ?? ''}</td>
                  <td>{remote(c)}</td>
                  <td>{stateText(c.state)}</td>
                  <td>
                    {c.flags.length === 0 ? (
                      t('notFlagged')
                    ) : (
                      <>
                        <span className="badge status-fail"><span aria-hidden="true">✕</span> {t('flagged')}</span>
                        <ul>{c.flags.map((f, j) => <li key={j}>{pick(f.text, lang)}</li>)}</ul>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ScreenFrame>
  );
}
