import type { ProcessFacts } from '../../shared/facts';
import type { Platform, UnknownReason } from '../../shared/types';

/** Why a clean-looking result is still not a pass when the OS hid some programs from us. */
export function hiddenOwnersReason(procs: ProcessFacts | null, platform: Platform): UnknownReason {
  const how = platform === 'win32' ? { en: 'as administrator (right-click → Run as administrator)', ja: '管理者として (右クリック →「管理者として実行」で)' } : { en: 'as administrator (sudo)', ja: '管理者として (sudo で)' };
  const names = (procs?.hidden ?? []).slice(0, 5).map((p) => `${p.name} (pid ${p.pid})`).join(', ');
  if (procs?.elevated === true) {
    return {
      kind: 'permission',
      text: {
        en: `Even with administrator rights the OS would not show which file these programs run: ${names || 'some programs'}. A container or security agent can do this; botcheck cannot vouch for them.`,
        ja: `管理者権限でも、次のプログラムが実行しているファイルを OS が開示しませんでした: ${names || '一部のプログラム'}。コンテナーやセキュリティ製品の仕組みによることがありますが、botcheck はこれらを確認できません。`,
      },
    };
  }
  return {
    kind: 'permission',
    text: {
      en: `Some programs and their files are hidden without administrator rights${names ? ` (${names})` : ''}; run the check ${how.en} for a full answer.`,
      ja: `管理者権限がないと一部のプログラムとそのファイルが見えません${names ? ` (${names})` : ''}。完全な結果には${how.ja}実行してください。`,
    },
  };
}
