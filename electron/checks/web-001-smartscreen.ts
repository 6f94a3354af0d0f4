import { defineCheck, need, unknownVerdict } from './check';
import { readingsOf, readingsSuffix } from './setting-readings';

export const web001 = defineCheck({
  id: 'WEB-001',
  item: 'c',
  headline: 'protection',
  severity: 'medium',
  title: { en: 'SmartScreen protects downloads and apps', ja: 'SmartScreen がダウンロードとアプリを保護している' },
  rationale: {
    en: 'IPA item (c): bots are installed from suspicious sites. SmartScreen stops or warns before a downloaded program that Microsoft does not know, or knows as malicious, runs.',
    ja: 'IPA の対策 (c): ボットは怪しいサイトからインストールされます。SmartScreen は、Microsoft が知らない、または悪意があると分かっているダウンロードしたプログラムの実行前に、止めるか警告します。',
  },
  remediation: {
    win32: [
      { en: 'Open Windows Security → App & browser control → Reputation-based protection settings.', ja: '「Windows セキュリティ」→「アプリとブラウザーのコントロール」→「評価ベースの保護の設定」を開きます。' },
      { en: 'Turn on "Check apps and files" and "SmartScreen for Microsoft Edge".', ja: '「アプリとファイルの確認」と「Microsoft Edge の SmartScreen」をオンにします。' },
      { en: 'If the setting is greyed out, your organisation manages it: ask its administrator.', ja: '設定が灰色で変更できない場合は組織が管理しています。管理者に相談してください。' },
    ],
  },
  platforms: ['win32'],
  needs: ['securitySettings'],
  evaluate(facts) {
    const settings = need(facts, 'securitySettings');
    if (!settings.ok) return unknownVerdict(settings);
    const { smartScreen, detail } = settings.value;
    const read = readingsSuffix(readingsOf(detail, 'smartScreen'));
    if (smartScreen === null) {
      const text = { en: `The SmartScreen setting could not be read${read.en}.`, ja: `SmartScreen の設定を読み取れませんでした${read.ja}。` };
      return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'failed', text } };
    }
    const data = { smartScreen };
    if (smartScreen === 'off') {
      return {
        status: 'fail',
        message: { en: 'SmartScreen is off: downloaded programs run without any reputation check.', ja: 'SmartScreen がオフのため、ダウンロードしたプログラムが評価の確認なしに実行されます。' },
        evidence: [{ text: { en: `SmartScreen for apps and files: off${read.en}`, ja: `アプリとファイルの SmartScreen: オフ${read.ja}` }, data }],
      };
    }
    const mode = smartScreen === 'block' ? { en: 'blocks', ja: 'ブロック' } : { en: 'warns', ja: '警告' };
    return {
      status: 'pass',
      message: { en: `SmartScreen is on and ${mode.en} before unrecognised programs run.`, ja: `SmartScreen はオンで、認識されないプログラムの実行前に${mode.ja}します。` },
      evidence: [{ text: { en: `SmartScreen for apps and files: ${smartScreen}${read.en}`, ja: `アプリとファイルの SmartScreen: ${mode.ja}${read.ja}` }, data }],
    };
  },
});
