import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManualQuestion as Question } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';

export function ManualQuestion({ checkId, question, answer, onAnswer }: { checkId: string; question: Question; answer: string | undefined; onAnswer: (checkId: string, answerId: string) => void }): ReactElement {
  const { t } = useTranslation('results');
  const lang = useLang();
  const name = useId();
  return (
    <fieldset className="question">
      <legend>{pick(question.text, lang)}</legend>
      {question.answers.map((option) => (
        <label key={option.id} className="radio">
          <input type="radio" name={name} value={option.id} checked={answer === option.id} onChange={() => onAnswer(checkId, option.id)} />
          {pick(option.label, lang)}
        </label>
      ))}
      {answer !== undefined && <p className="hint" role="status">{t('answerKept')}</p>}
    </fieldset>
  );
}
