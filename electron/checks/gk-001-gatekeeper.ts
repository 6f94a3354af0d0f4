import { defineCheck, need, unknownVerdict } from './check';
import { readingsOf } from './setting-readings';

export const gk001 = defineCheck({
  id: 'GK-001',
  item: 'c',
  headline: 'protection',
  severity: 'medium',
  title: { en: 'Gatekeeper allows only trusted apps', ja: 'Gatekeeper が信頼できるアプリだけを許可している' },
  rationale: {
    en: 'Bots come disguised as free software and players offered by web pages (IPA item (c)). Gatekeeper refuses to open downloaded apps that Apple has not checked and that are not signed by a known developer.',
    ja: 'ボットは、ウェブページで勧められる無料ソフトや再生ソフトに紛れてやって来ます (IPA の対策 (c))。Gatekeeper は、Apple の確認を受けておらず既知の開発元の署名もない、ダウンロードしたアプリを開かせません。',
  },
  remediation: {
    darwin: [
      { en: 'Open System Settings → Privacy & Security, and under "Allow applications from" choose "App Store & Known Developers" (on older macOS: "App Store and identified developers").', ja: '「システム設定」→「プライバシーとセキュリティ」を開き、「アプリケーションの実行許可」で「App Store と既知のデベロッパ」(古い macOS では「App Store と確認済みの開発元」) を選びます。' },
      { en: 'If the choice is missing, Gatekeeper was switched off in Terminal: switch it back on with sudo spctl --global-enable (on macOS before 15: sudo spctl --master-enable), then check that spctl --status prints "assessments enabled".', ja: '選択肢が見当たらない場合は、ターミナルで Gatekeeper が無効にされています。sudo spctl --global-enable (macOS 15 より前は sudo spctl --master-enable) で有効に戻し、spctl --status が「assessments enabled」と表示することを確認します。' },
      { en: 'Do not open apps that macOS warns about; delete those you did not mean to download.', ja: 'macOS が警告するアプリは開かず、意図せずダウンロードしたものは削除します。' },
    ],
  },
  platforms: ['darwin'],
  needs: ['securitySettings'],
  evaluate(facts) {
    const settings = need(facts, 'securitySettings');
    if (!settings.ok) return unknownVerdict(settings, { en: 'Whether Gatekeeper is on could not be read.', ja: 'Gatekeeper が有効かどうか読み取れませんでした。' });
    const { gatekeeper, detail } = settings.value;
    const evidence = readingsOf(detail, 'gatekeeper').map((d) => ({ text: d.text, data: { gatekeeper } }));
    if (gatekeeper === null) {
      const text = { en: 'The Gatekeeper setting was not read.', ja: 'Gatekeeper の設定は読み取られていません。' };
      return { status: 'unknown', message: text, evidence: evidence.length > 0 ? evidence : [{ text }], reason: { kind: 'failed', text } };
    }
    if (!gatekeeper) {
      return {
        status: 'fail',
        message: { en: 'Gatekeeper is off: any downloaded app opens without a check, including a bot disguised as one.', ja: 'Gatekeeper が無効です。ダウンロードしたアプリは確認なしに開き、アプリに偽装したボットも動いてしまいます。' },
        evidence,
      };
    }
    return { status: 'pass', message: { en: 'Gatekeeper is on: downloaded apps are checked before they open.', ja: 'Gatekeeper は有効で、ダウンロードしたアプリは開く前に確認されます。' }, evidence };
  },
});
