import type { InstalledBrowser } from '../shared/facts';
import type { Evidence, Status } from '../shared/types';
import type { BrowserSupportData } from '../signatures/schema';
import { defineCheck, need, unknownVerdict } from './check';
import { localDay } from '../shared/local-day';

type Support = BrowserSupportData['browsers'][number];

const LABEL: Record<InstalledBrowser['name'], string> = {
  firefox: 'Firefox',
  chrome: 'Google Chrome',
  chromium: 'Chromium',
  edge: 'Microsoft Edge',
  safari: 'Safari',
  ie: 'Internet Explorer',
};

interface Judged {
  status: Status;
  evidence: Evidence;
}

/** One browser against the support data; ESR branches count only for Firefox builds that say "esr". */
function judge(browser: InstalledBrowser, rows: readonly Support[], capturedAt: Date | null): Judged {
  const label = `${LABEL[browser.name]} ${browser.version}`.trim();
  const where = browser.location;
  const major = /^(\d+)/.exec(browser.version)?.[1];
  const row = rows.find((r) => r.browser === browser.name);
  const data = { browser: browser.name, version: browser.version, location: where, minimumMajor: row?.minimumMajor ?? null, asOf: row?.asOf ?? null };
  if (!major) {
    return { status: 'unknown', evidence: { text: { en: `${LABEL[browser.name]} at ${where}: version could not be read`, ja: `${where} の ${LABEL[browser.name]}: バージョンを読み取れませんでした` }, data } };
  }
  if (!row) {
    return { status: 'unknown', evidence: { text: { en: `${label} (${where}): not in the support data`, ja: `${label} (${where}): サポート期限のデータにありません` }, data } };
  }
  const n = Number(major);
  const branchCounts = browser.name !== 'firefox' || /esr$/.test(browser.version);
  const supported = row.minimumMajor !== null && (n >= row.minimumMajor || (branchCounts && row.supportedBranches.includes(n)));
  if (supported) {
    return { status: 'pass', evidence: { text: { en: `${label} (${where}): supported`, ja: `${label} (${where}): サポート中` }, data } };
  }
  // The minimum is true as of the data's date; a capture from before it may have had a version that
  // was still supported then. That cannot be told from this data, so it is not a failure.
  if (capturedAt && capturedAt.getTime() < Date.parse(`${row.asOf}T00:00:00Z`)) {
    return {
      status: 'unknown',
      evidence: {
        text: {
          en: `${label} (${where}): below the ${row.asOf} minimum (${row.minimumMajor ?? 'none'}), but the data was captured earlier (${localDay(capturedAt.toISOString())}), when it may still have been supported`,
          ja: `${label} (${where}): ${row.asOf} 時点の最低バージョン (${row.minimumMajor ?? 'なし'}) より古いものの、データの取得はそれ以前 (${localDay(capturedAt.toISOString())}) で、当時はサポート中だった可能性があります`,
        },
        data,
      },
    };
  }
  const needed = row.minimumMajor === null
    ? { en: 'no version is supported any more', ja: 'どのバージョンもサポートが終了しています' }
    : { en: `needs ${row.minimumMajor} or newer${row.supportedBranches.length ? ` (or ESR ${row.supportedBranches.join(', ')})` : ''} as of ${row.asOf}`, ja: `${row.asOf} 時点で ${row.minimumMajor} 以降${row.supportedBranches.length ? ` (または ESR ${row.supportedBranches.join('、')})` : ''}が必要` };
  return { status: 'fail', evidence: { text: { en: `${label} (${where}): out of support, ${needed.en}`, ja: `${label} (${where}): サポート切れ。${needed.ja}` }, data } };
}

export const brw001 = defineCheck({
  id: 'BRW-001',
  item: 'd',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Web browsers are supported versions', ja: 'Web ブラウザーがサポート中のバージョン' },
  rationale: {
    en: 'Bots are installed through holes in out-of-date browsers just by opening a web page (IPA item (d)).',
    ja: '古いブラウザーの脆弱性を突かれると、Web ページを開いただけでボットを仕込まれます (IPA の対策 (d))。',
  },
  remediation: {
    linux: [
      { en: 'Install the browser updates from your distribution: sudo apt update && sudo apt upgrade (Fedora: sudo dnf upgrade --refresh; snaps: sudo snap refresh).', ja: 'ディストリビューションの更新でブラウザーを更新します: sudo apt update && sudo apt upgrade (Fedora は sudo dnf upgrade --refresh、snap は sudo snap refresh)。' },
      { en: 'Restart the browser after updating, and remove browsers you no longer use.', ja: '更新後はブラウザーを再起動し、使っていないブラウザーは削除します。' },
    ],
    win32: [
      { en: 'Chrome/Edge: open Settings → About and let it update, then relaunch. Firefox: Menu → Help → About Firefox.', ja: 'Chrome/Edge は「設定」→「バージョン情報」で更新して再起動します。Firefox は「メニュー」→「ヘルプ」→「Firefox について」。' },
      { en: 'Uninstall browsers you no longer use (Settings → Apps).', ja: '使っていないブラウザーはアンインストールします (「設定」→「アプリ」)。' },
    ],
    darwin: [
      { en: 'Safari updates with macOS (System Settings → General → Software Update); other browsers update from their About window.', ja: 'Safari は macOS と一緒に更新されます (「システム設定」→「一般」→「ソフトウェア・アップデート」)。他のブラウザーは「…について」の画面から更新します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['browsers'],
  evaluate(facts, ctx) {
    const fact = need(facts, 'browsers');
    if (!fact.ok) return unknownVerdict(fact);
    const { browsers } = fact.value;
    if (browsers.length === 0) {
      const text = { en: 'No browser found in the usual places.', ja: '通常の場所にブラウザーは見つかりませんでした。' };
      return { status: 'not_applicable', message: text, evidence: [{ text }] };
    }
    // Windows 10 and 11 keep iexplore.exe as an OS component that Windows Update still services and
    // that opens Edge instead: present but not running is BRW-002's business, not an old browser.
    const dormantIe = browsers.filter((b) => b.name === 'ie' && b.running === false);
    const judged = browsers.filter((b) => !dormantIe.includes(b)).map((b) => judge(b, ctx.signatures.browsers.browsers, ctx.capturedAt));
    const evidence = [
      ...judged.map((j) => j.evidence),
      ...dormantIe.map((b) => ({
        text: { en: `Internet Explorer ${b.version} (${b.location}): part of Windows, not running (see BRW-002)`, ja: `Internet Explorer ${b.version} (${b.location}): Windows の一部で、起動していません (BRW-002 を参照)` },
        data: { browser: b.name, version: b.version, location: b.location, running: false },
      })),
    ];
    if (judged.length === 0) {
      return { status: 'not_applicable', message: { en: 'No browser to check besides the Internet Explorer component of Windows.', ja: 'Windows に含まれる Internet Explorer 以外に、確認するブラウザーはありません。' }, evidence };
    }
    const failed = judged.filter((j) => j.status === 'fail').length;
    if (failed > 0) {
      return { status: 'fail', message: { en: `${failed} browser(s) no longer receive security fixes.`, ja: `セキュリティ修正を受けられないブラウザーが ${failed} 個あります。` }, evidence };
    }
    const unclear = judged.filter((j) => j.status === 'unknown').length;
    if (unclear > 0) {
      const text = { en: `Whether ${unclear} browser(s) are supported could not be told.`, ja: `${unclear} 個のブラウザーがサポート中かどうか判定できませんでした。` };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'failed', text } };
    }
    return { status: 'pass', message: { en: 'All browsers found are supported versions.', ja: '見つかったブラウザーはすべてサポート中のバージョンです。' }, evidence };
  },
});
