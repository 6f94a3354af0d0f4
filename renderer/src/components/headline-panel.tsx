import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeadlineResult } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { StatusBadge } from './status-badge';

/** One of the two headlines: the question, a plain answer, and the engine's summary. */
export function HeadlinePanel({ kind, headline }: { kind: 'protection' | 'infection'; headline: HeadlineResult }): ReactElement {
  const { t } = useTranslation('results');
  const lang = useLang();
  return (
    <div className={`headline status-${headline.status}`}>
      <h2>{t(kind === 'protection' ? 'protectionQuestion' : 'infectionQuestion')}</h2>
      <p className="headline-answer">
        <StatusBadge status={headline.status} /> <strong>{t(`${kind}Answer.${headline.status}`)}</strong>
      </p>
      <p>{pick(headline.summary, lang)}</p>
    </div>
  );
}
