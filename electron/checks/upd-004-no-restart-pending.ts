import { defineCheck, need, unknownVerdict } from './check';
import { readingsOf, readingsSuffix } from './setting-readings';

export const upd004 = defineCheck({
  id: 'UPD-004',
  item: 'g',
  headline: 'protection',
  severity: 'medium',
  title: { en: 'No update waiting for a restart', ja: '再起動待ちの更新がない' },
  rationale: {
    en: 'IPA item (g): an installed update protects only after the restart that finishes it. Until then the old, vulnerable files are still in use.',
    ja: 'IPA の対策 (g): インストールした更新は、仕上げの再起動をして初めて PC を守ります。それまでは古い脆弱なファイルが使われたままです。',
  },
  remediation: {
    win32: [
      { en: 'Save your work and restart: Start → Power → "Update and restart".', ja: '作業を保存して再起動します: 「スタート」→「電源」→「更新して再起動」。' },
      { en: 'Afterwards open Settings → Windows Update and check that nothing is left pending.', ja: '再起動後に「設定」→「Windows Update」を開き、保留中の更新が残っていないか確認します。' },
    ],
  },
  platforms: ['win32'],
  needs: ['updateSettings'],
  evaluate(facts) {
    const settings = need(facts, 'updateSettings');
    if (!settings.ok) return unknownVerdict(settings);
    const { restartPending, detail } = settings.value;
    const read = readingsSuffix(readingsOf(detail, 'restart'));
    if (restartPending === null) {
      const text = { en: `Whether a restart is waiting could not be read${read.en}.`, ja: `再起動待ちかどうかを読み取れませんでした${read.ja}。` };
      return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'failed', text } };
    }
    if (restartPending) {
      return {
        status: 'warn',
        message: { en: 'Updates are installed but wait for a restart to take effect.', ja: '更新はインストール済みですが、有効にするには再起動が必要です。' },
        evidence: [{ text: { en: `A restart is waiting to finish installing updates${read.en}`, ja: `更新のインストールを完了する再起動が保留中です${read.ja}` }, data: { restartPending: true } }],
      };
    }
    return {
      status: 'pass',
      message: { en: 'No update is waiting for a restart.', ja: '再起動待ちの更新はありません。' },
      evidence: [{ text: { en: `No restart is waiting${read.en}`, ja: `保留中の再起動はありません${read.ja}` }, data: { restartPending: false } }],
    };
  },
});
