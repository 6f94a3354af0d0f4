import { ageInDays, defineCheck, noCaptureTime } from './check';

/** New command servers appear daily; a month-old list misses most of the current ones. */
export const SIGNATURES_WARN_DAYS = 30;

export const sig001 = defineCheck({
  id: 'SIG-001',
  item: 'net',
  headline: 'none',
  severity: 'medium',
  title: { en: "botcheck's threat data is up to date", ja: 'botcheck の脅威データが最新' },
  rationale: {
    en: 'The command-server list and the support dates are only as good as their date: bot command servers change within days.',
    ja: '指令サーバーの一覧やサポート期限の情報は、日付が新しいほど役に立ちます。ボットの指令サーバーは数日で入れ替わります。',
  },
  remediation: {
    all: [
      { en: 'Update the threat data: botcheck signatures update (in the app: Settings → Threat data → Update).', ja: '脅威データを更新します: botcheck signatures update (アプリでは「設定」→「脅威データ」→「更新」)。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: [],
  evaluate(_facts, ctx) {
    if (!ctx.capturedAt) return noCaptureTime();
    const days = ageInDays(`${ctx.signatures.date}T00:00:00Z`, ctx.capturedAt);
    // A replay of an older capture can be evaluated with newer data: that is current enough for it.
    const evidence = [
      {
        text: days !== null && days < 0
          ? { en: `Threat data ${ctx.signatures.version} of ${ctx.signatures.date}: newer than the data it checks`, ja: `脅威データ ${ctx.signatures.version} (${ctx.signatures.date}): 検査したデータより新しいもの` }
          : { en: `Threat data ${ctx.signatures.version} of ${ctx.signatures.date}: ${days} days old at the time of the scan`, ja: `脅威データ ${ctx.signatures.version} (${ctx.signatures.date}): 検査時点で ${days} 日前のもの` },
        data: { version: ctx.signatures.version, date: ctx.signatures.date, ageDays: days },
      },
    ];
    if (days === null) {
      const text = { en: `The threat data date "${ctx.signatures.date}" is not a date.`, ja: `脅威データの日付「${ctx.signatures.date}」が日付ではありません。` };
      return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'parse', text } };
    }
    if (days > SIGNATURES_WARN_DAYS) {
      return { status: 'warn', message: { en: `The threat data is ${days} days old: update it so that new command servers are recognised.`, ja: `脅威データが ${days} 日前のものです。新しい指令サーバーを見分けられるよう更新してください。` }, evidence };
    }
    return { status: 'pass', message: { en: 'The threat data is recent.', ja: '脅威データは最新です。' }, evidence };
  },
});
