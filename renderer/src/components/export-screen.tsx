import { useEffect, useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, HistoryEntry } from '../../../electron/shared/ipc';
import { bridge } from '../bridge';
import { newestFirst } from '../lib/history-order';
import { formatDate } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { ScreenFrame } from './screen-frame';
import { errorText } from '../lib/error-text';

const FORMATS: ExportFormat[] = ['html', 'pdf', 'json'];

/** Exports work on saved scans (they have an id): the one on screen first, else the newest. */
export function ExportScreen({ currentId }: { currentId: string | null }): ReactElement {
  const { t } = useTranslation('export');
  const common = useTranslation('common').t;
  const lang = useLang();
  const selectId = useId();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => {
    bridge().history().then(
      (h) => {
        const sorted = newestFirst(h.entries);
        setEntries(sorted);
        setChosen(sorted.find((e) => e.id === currentId)?.id ?? sorted[0]?.id ?? '');
      },
      (e: unknown) => setMessage(common('error', { message: errorText(e, lang) })),
    );
  }, [common, currentId]);
  const save = async (format: ExportFormat): Promise<void> => {
    try {
      const result = await bridge().exportReport(chosen, format, lang);
      setMessage(result.saved && result.path ? t('saved', { path: result.path }) : t('cancelled'));
    } catch (e) {
      setMessage(common('error', { message: errorText(e, lang) }));
    }
  };
  return (
    <ScreenFrame title={t('title')}>
      <p>{t('intro')}</p>
      {entries === null && !message && <p>{common('loading')}</p>}
      {entries?.length === 0 && <p>{t('none')}</p>}
      {entries && entries.length > 0 && (
        <>
          <label htmlFor={selectId}>{t('which')}</label>
          <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {entries.map((e) => (
              <option key={e.id} value={e.id}>{`${formatDate(e.capturedAt ?? e.savedAt, lang)} — ${e.supportCode}`}</option>
            ))}
          </select>
          <div className="actions">
            {FORMATS.map((format) => (
              <button key={format} type="button" onClick={() => void save(format)}>{t(format)}</button>
            ))}
          </div>
        </>
      )}
      <p aria-live="polite" role="status">{message}</p>
    </ScreenFrame>
  );
}
