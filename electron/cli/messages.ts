import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../shared/types';

/** The CLI's own words (headings, status labels, errors); check texts come in the report in both languages. */
const resources = {
  en: {
    translation: {
      title: 'botcheck {{version}} — {{mode}} of {{host}} ({{os}}), data from {{time}}',
      mode_live: 'scan',
      mode_replay: 'replay',
      unknownOs: 'OS not known',
      unknownTime: 'an unknown time',
      signatures: 'Signatures {{version}} ({{date}})',
      signaturesExtra: 'plus {{dirs}}',
      protection: 'Is my PC protected?',
      infection: 'Any signs of a bot?',
      howToFix: 'How to fix:',
      question: 'Question:',
      answerWith: 'Answer with --answers FILE, e.g. {"{{id}}": "{{answer}}"}',
      status_pass: 'OK',
      status_warn: 'WARN',
      status_fail: 'FAIL',
      status_unknown: 'UNKNOWN',
      status_not_applicable: 'N/A',
      status_manual: 'ANSWER',
      progress: '[{{done}}/{{total}}] {{id}} {{status}}',
      exitHint: 'Exit code {{code}}: {{meaning}}',
      supportCode: 'Support code (read this out to a helpdesk): {{code}}',
      decodedTitle: 'Support code version {{version}}, OS {{platform}}',
      exit_0: 'nothing wrong found',
      exit_1: 'at risk',
      exit_2: 'signs of infection',
      exit_4: 'no problem found, but some checks could not tell',
      error: 'botcheck: {{message}}',
    },
  },
  ja: {
    translation: {
      title: 'botcheck {{version}} — {{host}} ({{os}}) の{{mode}}、データ取得 {{time}}',
      mode_live: '検査',
      mode_replay: '記録の再評価',
      unknownOs: 'OS 不明',
      unknownTime: '日時不明',
      signatures: '脅威データ {{version}} ({{date}})',
      signaturesExtra: '追加: {{dirs}}',
      protection: 'この PC は守られているか?',
      infection: 'ボット感染の兆候はあるか?',
      howToFix: '対処方法:',
      question: '質問:',
      answerWith: '--answers FILE で回答できます。例: {"{{id}}": "{{answer}}"}',
      status_pass: '問題なし',
      status_warn: '注意',
      status_fail: '問題あり',
      status_unknown: '判定不能',
      status_not_applicable: '対象外',
      status_manual: '要回答',
      progress: '[{{done}}/{{total}}] {{id}} {{status}}',
      exitHint: '終了コード {{code}}: {{meaning}}',
      supportCode: 'サポートコード (相談窓口に読み上げてください): {{code}}',
      decodedTitle: 'サポートコード 版 {{version}}、OS {{platform}}',
      exit_0: '問題は見つかりませんでした',
      exit_1: '危険があります',
      exit_2: '感染の兆候があります',
      exit_4: '問題は見つかりませんでしたが、判定できない項目があります',
      error: 'botcheck: {{message}}',
    },
  },
};

export function cliTranslator(lang: Lang): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: lang, fallbackLng: 'en', resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t.bind(instance);
}

/** ja when the user's locale is Japanese (LC_ALL, LC_MESSAGES, LANG, then the runtime's locale). */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return /^ja/i.test(locale) ? 'ja' : 'en';
}
