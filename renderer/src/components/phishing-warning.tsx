import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export function PhishingWarning(): ReactElement {
  const { t } = useTranslation('notice');
  return (
    <div role="alert" className="alert phishing">
      <h2><span aria-hidden="true">⚠ </span>{t('phishingTitle')}</h2>
      <p>{t('phishingBody')}</p>
    </div>
  );
}
