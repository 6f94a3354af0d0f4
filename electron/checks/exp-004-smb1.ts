import { defineCheck, need, unknownVerdict } from './check';
import { readingsOf } from './setting-readings';

export const exp004 = defineCheck({
  id: 'EXP-004',
  item: 'exposure',
  headline: 'protection',
  severity: 'high',
  title: { en: 'SMB 1.0 file sharing is off', ja: 'SMB 1.0 のファイル共有がオフになっている' },
  rationale: {
    en: 'The WannaCry worm (2017) spread through SMB 1.0 from PC to PC without anyone clicking anything. Windows 10 and 11 no longer need it and leave it off.',
    ja: 'ワーム型ランサムウェア WannaCry (2017 年) は、誰も何も操作しなくても SMB 1.0 を通じて PC から PC へ広がりました。Windows 10/11 では不要で、標準ではオフです。',
  },
  remediation: {
    win32: [
      { en: 'Open PowerShell as administrator and run: Set-SmbServerConfiguration -EnableSMB1Protocol $false -Force', ja: '管理者として PowerShell を開き、次を実行します: Set-SmbServerConfiguration -EnableSMB1Protocol $false -Force' },
      { en: 'Then remove the feature: Control Panel → Programs → Turn Windows features on or off → clear "SMB 1.0/CIFS File Sharing Support", and restart.', ja: '続けて機能を削除します:「コントロール パネル」→「プログラム」→「Windows の機能の有効化または無効化」で「SMB 1.0/CIFS ファイル共有のサポート」のチェックを外し、再起動します。' },
      { en: 'An old NAS or copier that only speaks SMB 1.0 should be updated or replaced rather than turning SMB 1.0 back on.', ja: 'SMB 1.0 しか使えない古い NAS や複合機は、SMB 1.0 を戻すのではなく、更新または買い替えを検討します。' },
    ],
  },
  platforms: ['win32'],
  needs: ['remoteAccess'],
  evaluate(facts) {
    const fact = need(facts, 'remoteAccess');
    if (!fact.ok) return unknownVerdict(fact, { en: 'Whether SMB 1.0 is on could not be read.', ja: 'SMB 1.0 が有効かどうかを読み取れませんでした。' });
    const readings = readingsOf(fact.value.detail, 'smb1');
    const evidence = readings.map((d) => ({ text: d.text, data: { smb1Enabled: fact.value.smb1Enabled } }));
    if (fact.value.smb1Enabled === null) {
      const needsAdmin = readings.some((d) => d.accessDenied === true);
      const text = needsAdmin
        ? { en: 'Whether SMB 1.0 is on could not be read without administrator rights.', ja: '管理者権限がないため、SMB 1.0 が有効かどうかを読み取れませんでした。' }
        : { en: 'Whether SMB 1.0 is on could not be read.', ja: 'SMB 1.0 が有効かどうかを読み取れませんでした。' };
      return { status: 'unknown', message: text, evidence, reason: { kind: needsAdmin ? 'permission' : 'failed', text } };
    }
    if (fact.value.smb1Enabled) {
      return {
        status: 'fail',
        message: { en: 'SMB 1.0 is switched on: worms such as WannaCry spread through it.', ja: 'SMB 1.0 が有効です。WannaCry などのワームはここから感染を広げます。' },
        evidence,
      };
    }
    return { status: 'pass', message: { en: 'SMB 1.0 is off.', ja: 'SMB 1.0 はオフです。' }, evidence };
  },
});
