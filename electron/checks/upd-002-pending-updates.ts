import type { LocalizedText } from '../shared/types';
import { defineCheck, need, unknownVerdict } from './check';
import { localDay } from '../shared/local-day';

export const upd002 = defineCheck({
  id: 'UPD-002',
  item: 'g',
  headline: 'protection',
  severity: 'high',
  title: { en: 'No security updates waiting to be installed', ja: '未適用のセキュリティ更新がない' },
  rationale: {
    en: 'Bots use holes for which fixes already exist; an update that is waiting protects nothing (IPA item (g)).',
    ja: 'ボットは修正が公開済みの脆弱性を狙います。インストールされていない更新は PC を守りません (IPA の対策 (g))。',
  },
  remediation: {
    linux: [
      { en: 'Debian/Ubuntu: sudo apt update && sudo apt upgrade', ja: 'Debian/Ubuntu: sudo apt update && sudo apt upgrade を実行します。' },
      { en: 'Fedora/RHEL: sudo dnf upgrade --refresh', ja: 'Fedora/RHEL: sudo dnf upgrade --refresh を実行します。' },
      { en: 'Turn on automatic security updates (Debian/Ubuntu: sudo apt install unattended-upgrades; Fedora: dnf-automatic).', ja: 'セキュリティ更新を自動化します (Debian/Ubuntu は sudo apt install unattended-upgrades、Fedora は dnf-automatic)。' },
    ],
    win32: [
      { en: 'Open Settings → Windows Update → Check for updates, install everything offered and restart.', ja: '「設定」→「Windows Update」→「更新プログラムのチェック」で、表示されたものをすべてインストールして再起動します。' },
    ],
    darwin: [
      { en: 'Open System Settings → General → Software Update, install the updates and restart.', ja: '「システム設定」→「一般」→「ソフトウェア・アップデート」で更新をインストールして再起動します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['packageUpdates', 'updateHistory'],
  evaluate(facts) {
    const updates = need(facts, 'packageUpdates');
    if (!updates.ok) return unknownVerdict(updates);
    const { manager, pending, security, names } = updates.value;
    const history = need(facts, 'updateHistory');
    const refreshed = history.ok ? history.value.listsRefreshedAt : null;
    const asOf: LocalizedText = refreshed
      ? { en: `as of the package lists from ${localDay(refreshed)}`, ja: `${localDay(refreshed)} 時点のパッケージ一覧による` }
      : { en: 'as of the last package-list refresh (time not known)', ja: '最後に取得したパッケージ一覧による (取得日時は不明)' };
    const data = { manager, pending, security, listsRefreshedAt: refreshed };
    const shown = names.length < pending ? `${names.join(', ')}, …` : names.join(', ');
    const evidence = [
      {
        text: {
          en: `${manager}: ${pending} update(s) pending${security === null ? '' : `, ${security} of them security`} (${asOf.en})${pending ? `: ${shown}` : ''}`,
          ja: `${manager}: 未適用の更新 ${pending} 件${security === null ? '' : ` (うちセキュリティ ${security} 件)`} (${asOf.ja})${pending ? `: ${shown}` : ''}`,
        },
        data,
      },
    ];
    if (security !== null && security > 0) {
      return { status: 'fail', message: { en: `${security} security update(s) are waiting to be installed.`, ja: `未適用のセキュリティ更新が ${security} 件あります。` }, evidence };
    }
    if (pending > 0) {
      const which = security === null
        ? { en: ' (the package manager does not say which are security fixes)', ja: ' (どれがセキュリティ修正かはパッケージ管理ツールが示しません)' }
        : { en: '', ja: '' };
      return { status: 'warn', message: { en: `${pending} update(s) are waiting to be installed${which.en}.`, ja: `未適用の更新が ${pending} 件あります${which.ja}。` }, evidence };
    }
    return { status: 'pass', message: { en: `No updates are waiting (${asOf.en}).`, ja: `未適用の更新はありません (${asOf.ja})。` }, evidence };
  },
});
