import { useEffect, useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignaturesView } from '../../../electron/shared/ipc';
import type { Lang, LocalizedText } from '../../../electron/shared/types';
import { bridge } from '../bridge';
import { errorText } from '../lib/error-text';
import { formatDay, pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { ScreenFrame } from './screen-frame';

/** Kept unworded, so a language switch rewords it: a key of ours, main's text in both languages, or an error's detail. */
type Message = { key: 'updating' } | { text: LocalizedText } | { error: string } | null;

export function SettingsScreen({ onLang }: { onLang: (lang: Lang) => void }): ReactElement {
  const { t } = useTranslation('settings');
  const common = useTranslation('common').t;
  const lang = useLang();
  const langId = useId();
  const [status, setStatus] = useState<SignaturesView | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const refresh = (): Promise<void> => bridge().signaturesStatus().then(setStatus, (e: unknown) => setMessage({ error: errorText(e, lang) }));
  useEffect(() => {
    void refresh();
  }, []);
  const update = async (): Promise<void> => {
    setBusy(true);
    setMessage({ key: 'updating' });
    try {
      const result = await bridge().updateSignatures();
      setMessage({ text: result.message });
      await refresh();
    } catch (e) {
      setMessage({ error: errorText(e, lang) });
    } finally {
      setBusy(false);
    }
  };
  const messageText = message === null ? '' : 'key' in message ? t(message.key) : 'text' in message ? pick(message.text, lang) : common('error', { message: message.error });
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
          <li>{t('date', { date: formatDay(status.date, lang) })}{status.ageDays !== null ? ` (${t('age', { count: status.ageDays })})` : ''}</li>
          {status.note && <li>{pick(status.note, lang)}</li>}
        </ul>
      ) : <p>{common('loading')}</p>}
      <button type="button" disabled={busy} onClick={() => void update()}>{t('update')}</button>
      <p aria-live="polite" role="status">{messageText}</p>
    </ScreenFrame>
  );
}
