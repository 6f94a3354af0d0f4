import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge';

/** The code in groups of four, large, so it can be read out group by group; or copied, for an e-mail or chat. */
export function SupportCodeView({ code }: { code: string }): ReactElement {
  const { t } = useTranslation('helpdesk');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const groups = code.split('-').filter((g) => g !== '');
  const copy = (): void => {
    bridge().copySupportCode(code).then(
      (ok) => setCopied(ok ? 'yes' : 'failed'),
      () => setCopied('failed'),
    );
  };
  return (
    <>
      {/* Screen readers get the code character by character (aria-label on a <p> is not read). */}
      <p className="support-code">
        <span className="visually-hidden">{`${t('codeLabel')}: ${groups.map((g) => g.split('').join(' ')).join(', ')}`}</span>
        <span className="code-groups" aria-hidden="true">
          {groups.map((group, i) => (
            <span key={i} className="code-group">{group}</span>
          ))}
        </span>
      </p>
      <button type="button" onClick={copy}>{t('copy')}</button>
      <p role="status" aria-live="polite">{copied === 'yes' ? t('copied') : copied === 'failed' ? t('copyFailed') : ''}</p>
    </>
  );
}
