import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportCodeDecoded } from '../../../electron/shared/ipc';
import type { LocalizedText } from '../../../electron/shared/types';
import { bridge } from '../bridge';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { HeadlinePanelsFromCode } from './headline-panels-from-code';
import { StatusBadge } from './status-badge';

export function CodeDecoder(): ReactElement {
  const { t } = useTranslation('helpdesk');
  const lang = useLang();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<SupportCodeDecoded | { error: LocalizedText } | null>(null);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setResult(await bridge().decodeSupportCode(code.trim()));
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="decoder">
      <label htmlFor={inputId}>{t('decodeLabel')}</label>
      <input id={inputId} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} className="code-input" />
      <button type="submit">{t('decode')}</button>
      <div aria-live="polite">
        {result && 'error' in result && <p role="alert" className="alert">{pick(result.error, lang)}</p>}
        {result && !('error' in result) && (
          <section aria-label={t('decoded')}>
            <h3>{t('decoded')}</h3>
            <p>{t('version', { v: result.version })}</p>
            <p>{t('platform', { p: t(`platforms.${result.platform}`) })}</p>
            <HeadlinePanelsFromCode headlines={result.headlines} />
            <h4>{t('checksList')}</h4>
            <ul>
              {result.checks.map((c) => <li key={c.id}>{c.id}: <StatusBadge status={c.status} /></li>)}
            </ul>
          </section>
        )}
      </div>
    </form>
  );
}
