import type { Connection, SshConfigFacts } from '../shared/facts';
import type { Evidence } from '../shared/types';
import { defineCheck, need, unknownVerdict } from './check';
import { isLoopback, ownerText, socketLabel } from './exposure/listeners';

/**
 * Who may hold an SSH server's listening socket: sshd itself, or the service manager that starts it
 * on demand (systemd's ssh.socket on Ubuntu, launchd for macOS Remote Login). A hidden owner on an
 * SSH port counts too: without administrator rights the name is simply not shown.
 */
const SSH_OWNERS = new Set(['sshd', 'systemd', 'launchd']);

function programName(c: Connection): string | null {
  return c.process ? c.process.toLowerCase().replace(/\.exe$/, '') : null;
}

function isSsh(c: Connection, ports: readonly number[]): boolean {
  const name = programName(c);
  if (name === 'sshd') return true;
  return ports.includes(c.localPort) && (name === null || SSH_OWNERS.has(name));
}

function configEvidence(cfg: SshConfigFacts): Evidence[] {
  const password = cfg.passwordAuthentication === null ? { en: 'not readable', ja: '読み取れません' } : cfg.passwordAuthentication ? { en: 'allowed', ja: '許可' } : { en: 'off', ja: '無効' };
  return [
    {
      text: { en: `Password login: ${password.en} (read from ${cfg.source})`, ja: `パスワードによるログイン: ${password.ja} (${cfg.source} から読み取り)` },
      data: { passwordAuthentication: cfg.passwordAuthentication, source: cfg.source },
    },
    {
      text: { en: `PermitRootLogin: ${cfg.permitRootLogin ?? 'not readable'}`, ja: `PermitRootLogin: ${cfg.permitRootLogin ?? '読み取れません'}` },
      data: { permitRootLogin: cfg.permitRootLogin },
    },
  ];
}

export const exp002 = defineCheck({
  id: 'EXP-002',
  item: 'exposure',
  headline: 'protection',
  severity: 'high',
  title: { en: 'SSH does not accept passwords from the network', ja: 'SSH がネットワークからのパスワードログインを受け付けない' },
  rationale: {
    en: 'Bots scan the internet for SSH servers and try common passwords all day; a server that accepts only keys cannot be guessed into.',
    ja: 'ボットはインターネット中の SSH サーバーを探し、よくあるパスワードを一日中試します。鍵だけでログインできるサーバーは推測では破られません。',
  },
  remediation: {
    linux: [
      { en: 'Set up key login first: ssh-keygen on your own computer, then ssh-copy-id user@this-machine, and check that it works.', ja: 'まず鍵でログインできるようにします: 自分のパソコンで ssh-keygen、続けて ssh-copy-id ユーザー名@このマシン を実行し、ログインできることを確かめます。' },
      { en: 'Create /etc/ssh/sshd_config.d/00-no-passwords.conf with "PasswordAuthentication no", "KbdInteractiveAuthentication no" and "PermitRootLogin no" (the first value sshd reads wins, and 00- is read first), then: sudo systemctl reload ssh', ja: '/etc/ssh/sshd_config.d/00-no-passwords.conf を作り、「PasswordAuthentication no」「KbdInteractiveAuthentication no」「PermitRootLogin no」と書いてから sudo systemctl reload ssh を実行します (sshd は最初に読んだ値を使い、00- のファイルが最初に読まれます)。' },
      { en: 'Check: sudo sshd -T | grep -E "passwordauthentication|kbdinteractive|permitrootlogin". If you do not need remote login at all: sudo systemctl disable --now ssh', ja: '確認: sudo sshd -T | grep -E "passwordauthentication|kbdinteractive|permitrootlogin"。遠隔ログインが不要なら: sudo systemctl disable --now ssh' },
    ],
    win32: [
      { en: 'If you do not need it, remove OpenSSH Server in Settings → System → Optional features.', ja: '不要なら「設定」→「システム」→「オプション機能」で OpenSSH サーバーを削除します。' },
      { en: 'Otherwise set "PasswordAuthentication no" in C:\\ProgramData\\ssh\\sshd_config and restart the service: Restart-Service sshd (as administrator).', ja: '使う場合は C:\\ProgramData\\ssh\\sshd_config に「PasswordAuthentication no」と書き、管理者として Restart-Service sshd を実行します。' },
    ],
    darwin: [
      { en: 'If you do not need it, turn off Remote Login in System Settings → General → Sharing.', ja: '不要なら「システム設定」→「一般」→「共有」で「リモートログイン」をオフにします。' },
      { en: 'Otherwise create /etc/ssh/sshd_config.d/00-no-passwords.conf with "PasswordAuthentication no" and "KbdInteractiveAuthentication no", then turn Remote Login off and on.', ja: '使う場合は /etc/ssh/sshd_config.d/00-no-passwords.conf に「PasswordAuthentication no」「KbdInteractiveAuthentication no」と書き、「リモートログイン」を一度オフにしてからオンにします。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['connections', 'sshConfig'],
  evaluate(facts) {
    const conns = need(facts, 'connections');
    const cfg = need(facts, 'sshConfig');
    if (cfg.ok && cfg.value.passwordAuthentication === false) {
      return {
        status: 'pass',
        message: { en: 'The SSH server accepts keys only, not passwords.', ja: 'SSH サーバーは鍵だけを受け付け、パスワードではログインできません。' },
        evidence: configEvidence(cfg.value),
      };
    }
    if (!conns.ok) return unknownVerdict(conns, { en: 'Whether an SSH server is reachable from the network could not be read.', ja: 'SSH サーバーがネットワークから届くかどうかを読み取れませんでした。' });
    const ports = cfg.ok ? cfg.value.ports : [22];
    const listening = conns.value.connections.filter((c) => (c.protocol === 'tcp' || c.protocol === 'tcp6') && c.state === 'LISTEN' && isSsh(c, ports));
    const exposed = listening.filter((c) => !isLoopback(c.localAddress));
    const listenEvidence: Evidence[] = exposed.map((c) => ({
      text: { en: `SSH listening on ${socketLabel(c)} (${ownerText(c).en})`, ja: `SSH が ${socketLabel(c)} で待ち受けています (${ownerText(c).ja})` },
      data: { address: c.localAddress, port: c.localPort, process: c.process, pid: c.pid },
    }));
    if (exposed.length === 0) {
      // Not reachable from other machines, so password guessing from the network is not possible.
      const local = listening.filter((c) => !exposed.includes(c));
      return {
        status: 'pass',
        message: { en: 'No SSH server is reachable from the network.', ja: 'ネットワークから届く SSH サーバーはありません。' },
        evidence: local.length > 0
          ? local.map((c) => ({ text: { en: `SSH listens on ${socketLabel(c)} only (this machine)`, ja: `SSH は ${socketLabel(c)} (このマシン内) だけで待ち受けています` } }))
          : [{ text: { en: `Nothing listens for SSH (ports ${ports.join(', ')}) on a network address.`, ja: `ネットワーク側のアドレスで SSH (ポート ${ports.join(', ')}) を待ち受けているものはありません。` } }],
      };
    }
    if (!cfg.ok) {
      return { ...unknownVerdict(cfg, { en: 'An SSH server is reachable, but its settings could not be read.', ja: 'SSH サーバーがネットワークから届きますが、設定を読み取れませんでした。' }), evidence: [...listenEvidence, { text: cfg.reason.text }] };
    }
    const evidence = [...listenEvidence, ...configEvidence(cfg.value)];
    if (cfg.value.passwordAuthentication === null) {
      const text = { en: 'Whether the SSH server accepts passwords could not be read (a settings file was not readable).', ja: 'SSH サーバーがパスワードを受け付けるか読み取れませんでした (読めない設定ファイルがあります)。' };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'permission', text } };
    }
    if (cfg.value.permitRootLogin === 'yes') {
      return {
        status: 'fail',
        message: { en: 'SSH accepts passwords from the network, including for root: one guessed password gives a bot the whole machine.', ja: 'SSH がネットワークからのパスワードログインを root にも許しています。パスワードを一つ当てられるだけで、マシン全体がボットに乗っ取られます。' },
        evidence,
      };
    }
    return {
      status: 'warn',
      message: { en: 'SSH accepts passwords from the network: bots will try to guess them. Use keys instead.', ja: 'SSH がネットワークからのパスワードログインを受け付けています。ボットがパスワードを推測しに来ます。鍵による認証に切り替えてください。' },
      evidence,
    };
  },
});
