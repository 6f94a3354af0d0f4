import type { RemoteAccessFacts } from '../shared/facts';
import type { Evidence } from '../shared/types';
import { defineCheck, need, unknownVerdict } from './check';
import { joinReadings, readingsOf } from './setting-readings';

function readings(v: RemoteAccessFacts): Evidence {
  const read = joinReadings(readingsOf(v.detail, 'rdp', 'rdpNla'));
  return { text: { en: `Read: ${read.en}`, ja: `読み取った値: ${read.ja}` }, data: { rdpEnabled: v.rdpEnabled, rdpNla: v.rdpNla, read: read.en } };
}

export const exp003 = defineCheck({
  id: 'EXP-003',
  item: 'exposure',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Remote Desktop is off or limited to Network Level Authentication', ja: 'リモート デスクトップがオフ、またはネットワーク レベル認証に限られている' },
  rationale: {
    en: 'Bots scan the internet for Remote Desktop (port 3389) and guess passwords on it. Without Network Level Authentication anyone who reaches it gets a login screen, and flaws such as BlueKeep (CVE-2019-0708) can be used before any login.',
    ja: 'ボットはインターネット上のリモート デスクトップ (3389 番ポート) を探し、パスワードを推測します。ネットワーク レベル認証 (NLA) がないと、届いた相手は誰でもログイン画面を開けるうえ、BlueKeep (CVE-2019-0708) のような欠陥をログイン前に悪用されます。',
  },
  remediation: {
    win32: [
      { en: 'If you do not use Remote Desktop: Settings → System → Remote Desktop → turn Remote Desktop off.', ja: 'リモート デスクトップを使っていなければ:「設定」→「システム」→「リモート デスクトップ」でオフにします。' },
      { en: 'If you need it: keep "Require devices to use Network Level Authentication to connect" on (Settings → System → Remote Desktop), give every account a long, unique password, and reach the PC through a VPN instead of opening port 3389 on the router.', ja: '必要な場合は「接続にネットワーク レベル認証を使用することをデバイスに要求する」をオンのままにし (「設定」→「システム」→「リモート デスクトップ」)、すべてのアカウントに長く使い回しのないパスワードを付け、ルーターで 3389 番ポートを開けずに VPN 経由で接続します。' },
    ],
  },
  platforms: ['win32'],
  needs: ['remoteAccess'],
  evaluate(facts) {
    const fact = need(facts, 'remoteAccess');
    if (!fact.ok) return unknownVerdict(fact, { en: 'Whether Remote Desktop is on could not be read.', ja: 'リモート デスクトップが有効かどうかを読み取れませんでした。' });
    const v = fact.value;
    const evidence = [readings(v)];
    if (v.rdpEnabled === null) {
      const text = { en: 'The Remote Desktop switch (fDenyTSConnections) was not found.', ja: 'リモート デスクトップの設定 (fDenyTSConnections) が見つかりませんでした。' };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'failed', text } };
    }
    if (!v.rdpEnabled) {
      return { status: 'pass', message: { en: 'Remote Desktop is off.', ja: 'リモート デスクトップはオフです。' }, evidence };
    }
    if (v.rdpNla === false) {
      return {
        status: 'fail',
        message: {
          en: 'Remote Desktop accepts connections without Network Level Authentication: anyone who reaches it can try passwords at the login screen.',
          ja: 'リモート デスクトップがネットワーク レベル認証なしで接続を受け付けています。届いた相手は誰でもログイン画面でパスワードを試せます。',
        },
        evidence,
      };
    }
    if (v.rdpNla === null) {
      return {
        status: 'warn',
        message: {
          en: 'Remote Desktop is on; whether it requires Network Level Authentication could not be read. Bots guess passwords on it: turn it off if you do not use it.',
          ja: 'リモート デスクトップがオンです (ネットワーク レベル認証が必須かどうかは読み取れませんでした)。ボットがパスワードを推測しに来るため、使っていなければオフにしてください。',
        },
        evidence,
      };
    }
    return {
      status: 'warn',
      message: {
        en: 'Remote Desktop is on, with Network Level Authentication. Bots still guess passwords on it: turn it off if you do not use it.',
        ja: 'リモート デスクトップがオンです (ネットワーク レベル認証あり)。それでもボットはパスワードを推測しに来るため、使っていなければオフにしてください。',
      },
      evidence,
    };
  },
});
