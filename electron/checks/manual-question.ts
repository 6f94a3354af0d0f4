import type { Item, LocalizedText, ManualQuestion } from '../shared/types';
import { defineCheck, type CheckDefinition } from './check';

interface ManualSpec {
  id: string;
  item: Item;
  title: LocalizedText;
  rationale: LocalizedText;
  question: ManualQuestion;
  advice: LocalizedText[];
}

/**
 * Behaviour items (b, c, e) cannot be read from the machine: the user answers a question, the
 * answer is kept in the report, and a risky answer gets the advice.
 */
export function manualCheck(spec: ManualSpec): CheckDefinition {
  return defineCheck({
    id: spec.id,
    item: spec.item,
    headline: 'none',
    severity: 'medium',
    title: spec.title,
    rationale: spec.rationale,
    remediation: { all: spec.advice },
    platforms: ['linux', 'win32', 'darwin'],
    needs: [],
    question: spec.question,
    evaluate(_facts, ctx) {
      const answerId = ctx.answers[spec.id];
      if (answerId === undefined) {
        return { status: 'manual', message: { en: 'Answer the question to complete this item.', ja: '質問に答えるとこの項目が完了します。' }, evidence: [] };
      }
      const answer = spec.question.answers.find((a) => a.id === answerId);
      if (!answer) {
        const text = { en: `The answer "${answerId}" is not one of: ${spec.question.answers.map((a) => a.id).join(', ')}.`, ja: `回答「${answerId}」は選択肢 (${spec.question.answers.map((a) => a.id).join('、')}) にありません。` };
        return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'parse', text } };
      }
      const evidence = [{ text: { en: `Your answer: ${answer.label.en}`, ja: `あなたの回答: ${answer.label.ja}` }, data: { answer: answer.id } }];
      return answer.good
        ? { status: 'pass', message: { en: 'Good habit, by your answer.', ja: '回答によれば、安全な使い方です。' }, evidence }
        : { status: 'warn', message: { en: 'By your answer, this habit puts the PC at risk.', ja: '回答によれば、この使い方は PC を危険にさらします。' }, evidence };
    },
  });
}
