import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportConnection } from '../../../electron/shared/types';
import { ConnectionRow } from './connection-row';
import { ScreenFrame } from './screen-frame';

export function ConnectionsScreen({ connections }: { connections: ReportConnection[] | null }): ReactElement {
  const { t } = useTranslation('connections');
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
        <p>{t(connections.length > 0 ? 'noneFlagged' : 'none')}</p>
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
              {rows.map((c, i) => <ConnectionRow key={`${c.protocol}-${c.localAddress}-${c.localPort}-${c.remoteAddress}-${c.remotePort}-${i}`} connection={c} />)}
            </tbody>
          </table>
        </div>
      )}
    </ScreenFrame>
  );
}
