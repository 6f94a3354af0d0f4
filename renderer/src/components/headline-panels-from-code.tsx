import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../../electron/shared/types';
import { StatusBadge } from './status-badge';

/** The two headline questions with their plain answers, when only the statuses are known (code, history). */
export function HeadlinePanelsFromCode({ headlines }: { headlines: { protection: Status; infection: Status } }): ReactElement {
  const { t } = useTranslation('results');
  return (
    <dl className="headline-pairs">
      <dt>{t('protectionQuestion')}</dt>
      <dd><StatusBadge status={headlines.protection} /> {t(`protectionAnswer.${headlines.protection}`)}</dd>
      <dt>{t('infectionQuestion')}</dt>
      <dd><StatusBadge status={headlines.infection} /> {t(`infectionAnswer.${headlines.infection}`)}</dd>
    </dl>
  );
}
