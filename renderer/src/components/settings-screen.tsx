import { useEffect, useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignaturesView } from '../../../electron/shared/ipc';
import type { Lang } from '../../../electron/shared/types';
import { bridge } from '../bridge';
import { formatDay, pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { ScreenFrame } from './screen-frame';
import { errorText } from '../lib/error-text';

export function SettingsScreen({ onLang }: { onLang: (lang: Lang) => void }): ReactElement {
  const { t } = useTranslation('settings');
  const common = useTranslation('common').t;
  const lang = useLang();
  const langId = useId();
  const [status, setStatus] = useState<SignaturesView | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const refresh = (): Promise<void> => bridge().signaturesStatus().then(setStatus, (e: unknown) => setMessage(common('error', { message: errorText(e) })));
  useEffect(() => {
    void refresh();
  }, []);
  const update = async (): Promise<void> => {
    setBusy(true);
    setMessage(t('updating'));
    try {
      const result = await bridge().updateSignatures();
      setMessage(pick(result.message, lang));
      await refresh();
    } catch (e) {
      setMessage(common('error', { message: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ScreenFrame title={t('title')}>
      <h2>{t('language')}</h2>
      <label htmlFor={langId}>{t('language')}</label>
      <select id={langId} value={lang} onChange={(e) => onLang(e.target.value === 'ja' ? 'ja' : 'en')}>
        <option value="ja" lang="ja">日本語</option>
        <option value="en" lang="en">English</option>
      </select>
      <h2>{t('signatures')}</h2>
      <p>{t('signaturesIntro')}</p>
      {status ? (
        <ul>
          <li>{t(`origin.${status.origin}`)}</li>
          <li>{t('version', { v: status.version })}</li>
          <li>{t('date', { date: formatDay(status.date, lang) })}{status.ageDays !== null ? ` (${t('age', { days: status.ageDays })})` : ''}</li>
          {status.note && <li>{pick(status.note, lang)}</li>}
        </ul>
      ) : <p>{common('loading')}</p>}
      <button type="button" disabled={busy} onClick={() => void update()}>{t('update')}</button>
      <p aria-live="polite" role="status">{message}</p>
    </ScreenFrame>
  );
}
