import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** The code in groups of four, large, so it can be read out group by group. */
export function SupportCodeView({ code }: { code: string }): ReactElement {
  const { t } = useTranslation('helpdesk');
  const groups = code.split('-').filter((g) => g !== '');
  return (
    <p className="support-code" aria-label={`${t('codeLabel')}: ${groups.map((g) => g.split('').join(' ')).join(', ')}`}>
      {groups.map((group, i) => (
        <span key={i} className="code-group">{group}</span>
      ))}
    </p>
  );
}
