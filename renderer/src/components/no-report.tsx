import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

export function NoReport({ onStart }: { onStart: () => void }): ReactElement {
  const { t } = useTranslation('common');
  return (
    <>
      <p>{t('noReport')}</p>
      <button type="button" onClick={onStart}>{t('toStart')}</button>
    </>
  );
}
