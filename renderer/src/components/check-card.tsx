import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { ManualQuestion } from './manual-question';
import { StatusBadge } from './status-badge';

export function CheckCard({ result, answer, onAnswer }: { result: CheckResult; answer: string | undefined; onAnswer: (checkId: string, answerId: string) => void }): ReactElement {
  const { t } = useTranslation('results');
  const lang = useLang();
  return (
    <article className={`card status-${result.status}`} aria-labelledby={`card-${result.id}`}>
      <h4 id={`card-${result.id}`}>
        {pick(result.title, lang)} <StatusBadge status={result.status} />
      </h4>
      <p>{pick(result.message, lang)}</p>
      {result.reason && (
        <p>
          <strong>{t('reason')}:</strong> {pick(result.reason.text, lang)}
        </p>
      )}
      {result.question && <ManualQuestion checkId={result.id} question={result.question} answer={answer ?? result.answer} onAnswer={onAnswer} />}
      {result.evidence.length > 0 && (
        <>
          <h5>{t('evidence')}</h5>
          <ul>
            {result.evidence.map((e, i) => <li key={i}>{pick(e.text, lang)}</li>)}
          </ul>
        </>
      )}
      {result.remediation.length > 0 && result.status !== 'pass' && (
        <>
          <h5>{t('howToFix')}</h5>
          <ol>
            {result.remediation.map((step, i) => <li key={i}>{pick(step, lang)}</li>)}
          </ol>
        </>
      )}
      <details>
        <summary>{t('why')}</summary>
        <p>{pick(result.rationale, lang)}</p>
      </details>
    </article>
  );
}
