import { defineCheck, need, unknownVerdict } from './check';
import { readingsOf, readingsSuffix } from './setting-readings';

export const upd005 = defineCheck({
  id: 'UPD-005',
  item: 'g',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Updates install automatically', ja: '更新が自動でインストールされる' },
  rationale: {
    en: 'IPA item (g): fixes for the holes bots use come out every month. A PC that updates by itself gets them without anyone having to remember.',
    ja: 'IPA の対策 (g): ボットが狙う脆弱性の修正は毎月公開されます。自動で更新する PC なら、誰かが覚えていなくても修正が届きます。',
  },
  remediation: {
    win32: [
      { en: 'Open Settings → Windows Update. If updates are paused, choose "Resume updates".', ja: '「設定」→「Windows Update」を開き、一時停止中なら「更新の再開」を押します。' },
      { en: 'If it says "Some settings are managed by your organization" and this is your own PC, a tool or policy has turned updates off: undo it, or ask whoever set the PC up.', ja: '「一部の設定は組織によって管理されています」と表示され、個人の PC である場合は、ツールやポリシーで更新が止められています。元に戻すか、PC を設定した人に相談してください。' },
      { en: 'Make sure the "Windows Update" service is not disabled (services.msc → Windows Update → Startup type: Manual).', ja: '「Windows Update」サービスが無効になっていないか確認します (services.msc →「Windows Update」→ スタートアップの種類: 手動)。' },
    ],
  },
  platforms: ['win32'],
  needs: ['updateSettings'],
  evaluate(facts) {
    const settings = need(facts, 'updateSettings');
    if (!settings.ok) return unknownVerdict(settings);
    const { automaticUpdates, detail } = settings.value;
    const read = readingsSuffix(readingsOf(detail, 'automaticUpdates'));
    if (automaticUpdates === null) {
      const text = { en: `Whether updates install automatically could not be told${read.en}.`, ja: `更新が自動でインストールされるか判定できませんでした${read.ja}。` };
      return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'failed', text } };
    }
    if (!automaticUpdates) {
      return {
        status: 'fail',
        message: { en: 'Updates do not install automatically: they are turned off, left to the user, or paused.', ja: '更新が自動でインストールされません (無効、手動インストール、または一時停止中です)。' },
        evidence: [{ text: { en: `Automatic installation of updates is stopped${read.en}`, ja: `更新の自動インストールが止まっています${read.ja}` }, data: { automaticUpdates: false } }],
      };
    }
    return {
      status: 'pass',
      message: { en: 'Updates download and install automatically.', ja: '更新は自動でダウンロードされ、インストールされます。' },
      evidence: [{ text: { en: `Updates install automatically${read.en}`, ja: `更新は自動でインストールされます${read.ja}` }, data: { automaticUpdates: true } }],
    };
  },
});
