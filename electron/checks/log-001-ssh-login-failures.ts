import type { AuthLogFacts } from '../shared/facts';
import type { Evidence, LocalizedText } from '../shared/types';
import { defineCheck, need, unknownVerdict } from './check';

const TOP_SOURCES = 5;

/** Sources the fact sources name with a word rather than a file path. */
const SOURCE_NAMES: Record<string, LocalizedText> = {
  journal: { en: 'system journal', ja: 'システムのジャーナル' },
  'Security log (event 4625)': { en: 'Windows Security log (event 4625)', ja: 'Windows のセキュリティ ログ (イベント 4625)' },
};

function periodEvidence(log: AuthLogFacts): Evidence {
  const from = log.from.slice(0, 16).replace('T', ' ');
  const to = log.to.slice(0, 16).replace('T', ' ');
  const source = SOURCE_NAMES[log.source] ?? { en: log.source, ja: log.source };
  return {
    text: { en: `Examined: ${from} – ${to} UTC, ${source.en}`, ja: `調べた期間: ${from} – ${to} (UTC)、${source.ja}` },
    data: { from: log.from, to: log.to, source: log.source },
  };
}

/** Failed logins in a week from which, even all from the local network, the pattern is guessing. */
export const GUESSING_THRESHOLD = 5;

/** RFC 1918, link-local and unique-local addresses: the machine's own network. */
export function isPrivateAddress(address: string): boolean {
  const a = address.replace(/^::ffff:/i, '').toLowerCase();
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|f[cd][0-9a-f]{2}:|fe[89ab][0-9a-f]:)/.test(a);
}

export const log001 = defineCheck({
  id: 'LOG-001',
  item: 'logs',
  headline: 'infection',
  severity: 'high',
  title: { en: 'No password guessing on remote logins in the last 7 days', ja: '直近 7 日間に遠隔ログインのパスワード推測がない' },
  rationale: {
    en: 'Failed logins from other machines (SSH on Linux; Remote Desktop and file sharing on Windows) show that bots are guessing passwords on this machine; a login from an address that failed just before may be one that succeeded.',
    ja: '他のマシンからのログイン失敗 (Linux では SSH、Windows ではリモート デスクトップやファイル共有) は、ボットがこのマシンのパスワードを推測している跡です。失敗が続いた接続元からのログインが成功していれば、推測が当たった可能性があります。',
  },
  remediation: {
    linux: [
      { en: 'If a password login was accepted that was not you: disconnect the machine from the network, change every password from another computer, and ask your support desk for help. A bot may have been installed.', ja: '身に覚えのないパスワードログインがあった場合: マシンをネットワークから外し、別のパソコンからすべてのパスワードを変更して、サポート窓口に相談してください。ボットが仕込まれているおそれがあります。' },
      { en: 'Stop password guessing for good: turn password login off (see EXP-002) and block repeat offenders with fail2ban: sudo apt install fail2ban', ja: 'パスワード推測を根本から防ぎます: パスワードログインを無効にし (EXP-002 を参照)、fail2ban で繰り返す接続元を遮断します: sudo apt install fail2ban' },
      { en: 'Look at the attempts yourself: sudo journalctl -t sshd -t sshd-session --since -7d | grep -E "Failed|Accepted|Invalid"', ja: '記録を自分で確認するには: sudo journalctl -t sshd -t sshd-session --since -7d | grep -E "Failed|Accepted|Invalid"' },
    ],
    win32: [
      { en: 'If a login was accepted that was not you: disconnect the PC from the network, change every password from another device, and ask your support desk for help. A bot may have been installed.', ja: '身に覚えのないログインがあった場合: PC をネットワークから外し、別の機器からすべてのパスワードを変更して、サポート窓口に相談してください。ボットが仕込まれているおそれがあります。' },
      { en: 'Stop password guessing: turn Remote Desktop off if you do not use it (see EXP-003), do not open port 3389 or 445 on the router, and lock accounts after repeated failures (as administrator: net accounts /lockoutthreshold:10).', ja: 'パスワード推測を防ぎます: 使っていなければリモート デスクトップをオフにし (EXP-003 を参照)、ルーターで 3389 番や 445 番のポートを開けず、失敗が続いたらアカウントをロックします (管理者として: net accounts /lockoutthreshold:10)。' },
      { en: 'Look at the attempts yourself: Event Viewer → Windows Logs → Security → Filter Current Log → 4625 (run it as administrator).', ja: '記録を自分で確認するには: 「イベント ビューアー」→「Windows ログ」→「セキュリティ」→「現在のログをフィルター」で 4625 を指定します (管理者として実行)。' },
    ],
  },
  platforms: ['linux', 'win32'],
  needs: ['authLog'],
  evaluate(facts) {
    const log = need(facts, 'authLog');
    if (!log.ok) return unknownVerdict(log, { en: 'The login records could not be read.', ja: 'ログインの記録を読み取れませんでした。' });
    const v = log.value;
    const period = periodEvidence(v);
    if (v.acceptedAfterFailures.length > 0) {
      const evidence: Evidence[] = v.acceptedAfterFailures.map((a) => {
        const failedBefore = v.sources.find((s) => s.address === a.address)?.count ?? 0;
        const at = a.at.slice(0, 19).replace('T', ' ');
        return {
          text: {
            en: `${at} UTC: login accepted for "${a.user}" from ${a.address}, which had ${failedBefore} failed ${failedBefore === 1 ? 'attempt' : 'attempts'} in the period`,
            ja: `${at} (UTC): ${a.address} から「${a.user}」のログインが成功 (この接続元は期間中に ${failedBefore} 回失敗)`,
          },
          data: { at: a.at, user: a.user, address: a.address, failedFromAddress: failedBefore },
        };
      });
      return {
        status: 'fail',
        message: { en: 'A login succeeded from an address that had been failing: a guessed password may have let someone in.', ja: 'ログインに失敗していた接続元からのログインが成功しています。推測されたパスワードで侵入された可能性があります。' },
        evidence: [...evidence, period],
      };
    }
    if (v.failed === 0) {
      return { status: 'pass', message: { en: 'No failed logins from other machines in the last 7 days.', ja: '直近 7 日間に他のマシンからのログイン失敗はありません。' }, evidence: [period] };
    }
    const top = v.sources.slice(0, TOP_SOURCES).map((s) => ({
      text: { en: `${s.address}: ${s.count} failed ${s.count === 1 ? 'attempt' : 'attempts'}`, ja: `${s.address}: ${s.count} 回失敗` },
      data: { address: s.address, count: s.count },
    }));
    // A few failures from the home or office network are someone mistyping a password; guessing
    // comes in numbers, or from outside.
    if (v.failed < GUESSING_THRESHOLD && v.sources.every((s) => isPrivateAddress(s.address))) {
      return {
        status: 'pass',
        message: {
          en: `${v.failed} failed ${v.failed === 1 ? 'login' : 'logins'} in the last 7 days, only from your own network: a mistyped password looks like this.`,
          ja: `直近 7 日間のログイン失敗は ${v.failed} 回で、すべて自分のネットワーク内からです。パスワードの入力ミスと考えられます。`,
        },
        evidence: [...top, period],
      };
    }
    return {
      status: 'warn',
      message: {
        en: `${v.failed} failed ${v.failed === 1 ? 'login' : 'logins'} from ${v.sources.length} ${v.sources.length === 1 ? 'address' : 'addresses'} in the last 7 days: bots are guessing passwords here.`,
        ja: `直近 7 日間に ${v.sources.length} か所の接続元からログイン失敗が ${v.failed} 回あります。ボットがパスワードを推測しています。`,
      },
      evidence: [...top, period],
    };
  },
});
