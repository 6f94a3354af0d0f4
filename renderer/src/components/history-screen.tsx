import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../electron/shared/ipc';
import type { LocalizedText, Report } from '../../../electron/shared/types';
import { bridge } from '../bridge';
import { newestFirst } from '../lib/history-order';
import { formatDate, pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { HeadlinePanelsFromCode } from './headline-panels-from-code';
import { HistoryChanges } from './history-changes';
import { ScreenFrame } from './screen-frame';
import { errorText } from '../lib/error-text';

type Loaded = { entries: HistoryEntry[]; problem: LocalizedText | null };

export function HistoryScreen({ onOpen }: { onOpen: (id: string) => Promise<void> }): ReactElement {
  const { t } = useTranslation('history');
  const common = useTranslation('common').t;
  const lang = useLang();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<{ id: string; message: string } | null>(null);
  const open = (id: string): void => {
    setOpenError(null);
    onOpen(id).catch((e: unknown) => setOpenError({ id, message: errorText(e, lang) }));
  };
  // Each scan is compared with two neighbours: load it once.
  const reports = useRef(new Map<string, Promise<Report>>());
  const load = useCallback((id: string): Promise<Report> => {
    if (!reports.current.has(id)) reports.current.set(id, bridge().loadReport(id));
    return reports.current.get(id)!;
  }, []);
  useEffect(() => {
    bridge().history().then(setLoaded, (e: unknown) => setError(errorText(e, lang)));
  }, []);
  const entries = loaded ? newestFirst(loaded.entries) : [];
  return (
    <ScreenFrame title={t('title')}>
      <p>{t('intro')}</p>
      {error && <p role="alert">{common('error', { message: error })}</p>}
      {!loaded && !error && <p>{common('loading')}</p>}
      {loaded?.problem && (
        <div role="alert" className="alert">
          <h2>{t('problem')}</h2>
          <p>{pick(loaded.problem, lang)}</p>
        </div>
      )}
      {loaded && entries.length === 0 && <p>{t('none')}</p>}
      <ol className="history-list">
        {entries.map((entry, i) => (
          <li key={entry.id} className="history-entry">
            <h2>{t('savedAt', { date: formatDate(entry.capturedAt ?? entry.savedAt, lang) })}</h2>
            <HeadlinePanelsFromCode headlines={entry.headlines} />
            <p>{t('code', { code: entry.supportCode })}</p>
            <button type="button" onClick={() => open(entry.id)}>{t('open')}</button>
            {openError?.id === entry.id && <p role="alert" className="alert">{common('error', { message: openError.message })}</p>}
            <h3>{t('changes')}</h3>
            <HistoryChanges id={entry.id} previousId={entries[i + 1]?.id ?? null} load={load} />
          </li>
        ))}
      </ol>
    </ScreenFrame>
  );
}
