import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportCodeDecoded } from '../../../electron/shared/ipc';
import type { LocalizedText } from '../../../electron/shared/types';
import { bridge } from '../bridge';
import { errorText } from '../lib/error-text';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { HeadlinePanelsFromCode } from './headline-panels-from-code';
import { StatusBadge } from './status-badge';

/** The decoder says the code was wrong (LocalizedText); a failed bridge call gives only its message. */
type Outcome = { decoded: SupportCodeDecoded } | { misread: LocalizedText } | { failed: string } | { busy: true } | null;

export function CodeDecoder(): ReactElement {
  const { t } = useTranslation('helpdesk');
  const common = useTranslation('common').t;
  const lang = useLang();
  const inputId = useId();
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setOutcome({ busy: true });
    try {
      const result = await bridge().decodeSupportCode(code.trim());
      setOutcome('error' in result ? { misread: result.error } : { decoded: result });
    } catch (err) {
      setOutcome({ failed: errorText(err, lang) });
    }
  };
  const error = outcome && 'misread' in outcome ? pick(outcome.misread, lang) : outcome && 'failed' in outcome ? common('error', { message: outcome.failed }) : null;
  const decoded = outcome && 'decoded' in outcome ? outcome.decoded : null;
  return (
    <form onSubmit={(e) => void submit(e)} className="decoder">
      <label htmlFor={inputId}>{t('decodeLabel')}</label>
      <input id={inputId} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} className="code-input" />
      <button type="submit">{t('decode')}</button>
      <p role="status" className="hint">{outcome && 'busy' in outcome ? common('loading') : decoded ? t('decoded') : ''}</p>
      {error && <p role="alert" className="alert">{error}</p>}
      {decoded && (
        <section aria-label={t('decoded')}>
          <h3>{t('decoded')}</h3>
          <p>{t('version', { v: decoded.version })}</p>
          <p>{t('platform', { p: t(`platforms.${decoded.platform}`) })}</p>
          <HeadlinePanelsFromCode headlines={decoded.headlines} />
          <h4>{t('checksList')}</h4>
          <ul>
            {decoded.checks.map((c) => <li key={c.id}>{c.id}: <StatusBadge status={c.status} /></li>)}
          </ul>
        </section>
      )}
    </form>
  );
}
