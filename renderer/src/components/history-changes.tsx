import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { statusChanges, type StatusChange } from '../lib/status-changes';
import { useLang } from '../lib/use-lang';
import { errorText } from '../lib/error-text';

/** What changed between a saved scan and the one saved before it. */
export function HistoryChanges({ id, previousId, load }: { id: string; previousId: string | null; load: (id: string) => Promise<Report> }): ReactElement {
  const { t } = useTranslation('history');
  const common = useTranslation('common').t;
  const lang = useLang();
  const [changes, setChanges] = useState<StatusChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!previousId) return;
    let live = true;
    Promise.all([load(previousId), load(id)])
      .then(([before, after]) => live && setChanges(statusChanges(before, after)))
      .catch((e: unknown) => live && setError(errorText(e, lang)));
    return () => {
      live = false;
    };
  }, [id, previousId, load]);
  if (!previousId) return <p>{t('first')}</p>;
  if (error) return <p role="alert">{common('error', { message: error })}</p>;
  if (!changes) return <p>{common('loading')}</p>;
  if (changes.length === 0) return <p>{t('noChanges')}</p>;
  return (
    <ul className="changes">
      {changes.map((c) => (
        <li key={c.id}>
          {c.from === null
            ? t('added', { title: pick(c.title, lang), to: common(`status.${c.to}`) })
            : t('changed', { title: pick(c.title, lang), from: common(`status.${c.from}`), to: common(`status.${c.to}`) })}
        </li>
      ))}
    </ul>
  );
}
