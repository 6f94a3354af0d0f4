import type { Evidence, LocalizedText, Platform, Status } from '../shared/types';
import { ageInDays, defineCheck, need, noCaptureTime, unknownVerdict } from './check';
import { localDay } from '../shared/local-day';

/** Debian and Ubuntu publish security fixes several times a month; a month without looking is too long. */
export const UPDATE_WARN_DAYS = 30;
export const UPDATE_FAIL_DAYS = 90;

function byAge(days: number): Status {
  if (days > UPDATE_FAIL_DAYS) return 'fail';
  if (days > UPDATE_WARN_DAYS) return 'warn';
  return 'pass';
}

const RANK: Record<string, number> = { pass: 0, unknown: 1, warn: 2, fail: 3 };

/** What "the last check for updates" is called on each OS. */
const CHECK_LABEL: Record<Platform, LocalizedText> = {
  linux: { en: 'Package lists last refreshed', ja: 'パッケージ一覧の最終取得' },
  win32: { en: 'Windows Update last checked', ja: 'Windows Update の最終確認' },
  darwin: { en: 'Software Update last checked', ja: 'ソフトウェアアップデートの最終確認' },
};

export const upd003 = defineCheck({
  id: 'UPD-003',
  item: 'g',
  headline: 'protection',
  severity: 'medium',
  title: { en: 'Updates checked and installed recently', ja: '最近、更新の確認とインストールをしている' },
  rationale: {
    en: 'A machine that has not looked for updates in weeks does not know about the fixes it is missing (IPA item (g)).',
    ja: '何週間も更新を確認していない PC は、足りない修正があることにも気づけません (IPA の対策 (g))。',
  },
  remediation: {
    linux: [
      { en: 'Refresh and install now: sudo apt update && sudo apt upgrade (Fedora: sudo dnf upgrade --refresh).', ja: '今すぐ一覧を更新してインストールします: sudo apt update && sudo apt upgrade (Fedora は sudo dnf upgrade --refresh)。' },
      { en: 'Let the system do it daily: sudo apt install unattended-upgrades (Fedora: sudo dnf install dnf-automatic).', ja: '毎日自動で行うようにします: sudo apt install unattended-upgrades (Fedora は sudo dnf install dnf-automatic)。' },
    ],
    win32: [
      { en: 'Open Settings → Windows Update → Check for updates; do not leave updates paused.', ja: '「設定」→「Windows Update」→「更新プログラムのチェック」を押します。更新を一時停止したままにしないでください。' },
    ],
    darwin: [
      { en: 'Open System Settings → General → Software Update and turn on automatic updates.', ja: '「システム設定」→「一般」→「ソフトウェア・アップデート」で自動アップデートをオンにします。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['updateHistory', 'packageUpdates'],
  evaluate(facts, ctx) {
    const history = need(facts, 'updateHistory');
    if (!history.ok) return unknownVerdict(history);
    if (!ctx.capturedAt) return noCaptureTime();
    const now = ctx.capturedAt;
    const { listsRefreshedAt, lastUpgradeAt } = history.value;
    const listsAge = listsRefreshedAt ? ageInDays(listsRefreshedAt, now) : null;
    const upgradeAge = lastUpgradeAt ? ageInDays(lastUpgradeAt, now) : null;
    const updates = need(facts, 'packageUpdates');
    // With fresh lists and nothing pending the machine is current, however long ago it last had to upgrade.
    const nothingPending = updates.ok && updates.value.pending === 0;
    const checked = CHECK_LABEL[ctx.platform];
    const evidence: Evidence[] = [
      {
        text: listsAge === null
          ? { en: `${checked.en}: time not found`, ja: `${checked.ja}: 日時が見つかりません` }
          : { en: `${checked.en}: ${localDay(listsRefreshedAt!)}, ${listsAge} days ago`, ja: `${checked.ja}: ${localDay(listsRefreshedAt!)} (${listsAge} 日前)` },
        data: { listsRefreshedAt, listsAgeDays: listsAge },
      },
      {
        text: upgradeAge === null
          ? { en: 'Last upgrade: none recorded', ja: '最後のアップグレード: 記録がありません' }
          : { en: `Last upgrade: ${localDay(lastUpgradeAt!)}, ${upgradeAge} days ago${nothingPending ? ' (nothing has been waiting since)' : ''}`, ja: `最後のアップグレード: ${localDay(lastUpgradeAt!)} (${upgradeAge} 日前)${nothingPending ? ' (その後、未適用の更新はありません)' : ''}` },
        data: { lastUpgradeAt, upgradeAgeDays: upgradeAge, nothingPending },
      },
    ];
    const listsStatus: Status = listsAge === null ? 'unknown' : byAge(listsAge);
    const upgradeStatus: Status = nothingPending ? 'pass' : upgradeAge === null ? 'unknown' : byAge(upgradeAge);
    const worst = RANK[listsStatus]! >= RANK[upgradeStatus]! ? listsStatus : upgradeStatus;
    const days = Math.max(listsAge ?? 0, nothingPending ? 0 : upgradeAge ?? 0);
    if (worst === 'fail') {
      return { status: 'fail', message: { en: `Updates have not been checked or installed for ${days} days.`, ja: `${days} 日間、更新の確認またはインストールがされていません。` }, evidence };
    }
    if (worst === 'warn') {
      return { status: 'warn', message: { en: `The last update was ${days} days ago; update now.`, ja: `最後の更新は ${days} 日前です。今すぐ更新してください。` }, evidence };
    }
    if (worst === 'unknown') {
      const text: LocalizedText = listsStatus === 'unknown'
        ? { en: `${checked.en}: the time could not be found.`, ja: `${checked.ja}: 日時が見つかりませんでした。` }
        : { en: 'No upgrade is on record and it is not known whether updates are waiting.', ja: 'アップグレードの記録がなく、未適用の更新があるかも分かりません。' };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'failed', text } };
    }
    return { status: 'pass', message: { en: 'Updates are checked and installed regularly.', ja: '更新の確認とインストールは定期的に行われています。' }, evidence };
  },
});
