import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarningTrigger } from '../lib/notice-draft';

/** What real notices never do, said for each thing this one did, then where to check instead. */
export function PhishingWarning({ triggers = [] }: { triggers?: readonly WarningTrigger[] }): ReactElement {
  const { t } = useTranslation('notice');
  return (
    <div role="alert" className="alert phishing">
      <h2><span aria-hidden="true">⚠ </span>{t('phishingTitle')}</h2>
      {triggers.length > 0 && <ul>{triggers.map((k) => <li key={k}>{t(`warning.${k}`)}</li>)}</ul>}
      <p>{t('phishingBody')}</p>
    </div>
  );
}
