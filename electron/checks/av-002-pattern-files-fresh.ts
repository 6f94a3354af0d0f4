import { ageInDays, defineCheck, need, noCaptureTime, unknownVerdict } from './check';
import { localDay } from '../shared/local-day';

/** Bots update themselves within days (IPA 2007), so a pattern file older than a week is a failure. */
export const PATTERN_WARN_DAYS = 3;
export const PATTERN_FAIL_DAYS = 7;

export const av002 = defineCheck({
  id: 'AV-002',
  item: 'a',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Antivirus pattern files up to date', ja: 'ウイルス対策ソフトのパターンファイルが最新' },
  rationale: {
    en: 'Bots update themselves within days; pattern files older than that miss them (IPA item (a)).',
    ja: 'ボットは短期間でバージョンアップするため、パターンファイルが古いと検出できません (IPA の対策 (a))。',
  },
  remediation: {
    linux: [
      { en: 'Update now: sudo freshclam (stop clamav-freshclam first if it holds the lock).', ja: '今すぐ更新します: sudo freshclam (ロック中なら先に clamav-freshclam を停止)。' },
      { en: 'Keep the clamav-freshclam service enabled: sudo systemctl enable --now clamav-freshclam', ja: 'clamav-freshclam サービスを有効にしておきます: sudo systemctl enable --now clamav-freshclam' },
    ],
    win32: [
      { en: 'Open Windows Security → Virus & threat protection → Protection updates → Check for updates.', ja: '「Windows セキュリティ」→「ウイルスと脅威の防止」→「保護の更新」→「更新プログラムのチェック」を押します。' },
      { en: 'For another antivirus product, run its update and check that its licence has not expired.', ja: '他社製品の場合は、そのソフトで更新を実行し、契約期限が切れていないか確認します。' },
    ],
    darwin: [
      { en: 'Turn on "Install Security Responses and system files" in Software Update settings, then restart.', ja: 'ソフトウェアアップデートの設定で「セキュリティ対応とシステムファイルをインストール」をオンにし、再起動します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['antivirus'],
  evaluate(facts, ctx) {
    const av = need(facts, 'antivirus');
    if (!av.ok) return unknownVerdict(av);
    const installed = av.value.products.filter((p) => p.installed);
    if (installed.length === 0) {
      return {
        status: 'not_applicable',
        message: { en: 'No antivirus software, so no pattern files to check.', ja: 'ウイルス対策ソフトがないため、パターンファイルは確認できません。' },
        evidence: [],
      };
    }
    if (!ctx.capturedAt) return noCaptureTime();
    const now = ctx.capturedAt;
    // A product that is switched off does not scan with its pattern files: on Windows, Defender stands
    // by (with whatever files it last had) while another vendor's product protects.
    const counted = installed.some((p) => p.enabled !== false) ? installed.filter((p) => p.enabled !== false) : installed;
    const aged = counted.map((p) => ({ p, days: p.signaturesUpdatedAt ? ageInDays(p.signaturesUpdatedAt, now) : null }));
    const evidence = [
      ...aged.map(({ p, days }) => ({
        text: days === null
          ? p.signaturesUpToDate === false
            ? { en: `${p.name}: reports no current pattern files`, ja: `${p.name}: 最新のパターンファイルがないと報告しています` }
            : p.signaturesUpToDate === true
              ? { en: `${p.name}: reports its pattern files up to date (date not reported)`, ja: `${p.name}: パターンファイルは最新と報告しています (日付は不明)` }
              : { en: `${p.name}: pattern file date not reported`, ja: `${p.name}: パターンファイルの日付が得られません` }
          : { en: `${p.name}: pattern files ${p.signatureVersion ?? ''} from ${localDay(p.signaturesUpdatedAt!)}, ${days} days old`.replace('  ', ' '), ja: `${p.name}: パターンファイル ${p.signatureVersion ?? ''} (${localDay(p.signaturesUpdatedAt!)}) は ${days} 日前のもの`.replace('  ', ' ') },
        data: { product: p.name, signaturesUpdatedAt: p.signaturesUpdatedAt, ageDays: days, signatureVersion: p.signatureVersion },
      })),
      ...installed.filter((p) => !counted.includes(p)).map((p) => ({
        text: { en: `${p.name}: switched off, its pattern files do not count`, ja: `${p.name}: 無効のため、パターンファイルは判定に含めません` },
        data: { product: p.name, enabled: false },
      })),
    ];
    const known = aged.filter((a) => a.days !== null).map((a) => a.days!);
    const vouched = aged.filter((a) => a.days === null && a.p.signaturesUpToDate === true);
    if (vouched.length > 0 && (known.length === 0 || Math.min(...known) > PATTERN_WARN_DAYS)) {
      const name = vouched[0]!.p.name;
      return { status: 'pass', message: { en: `${name} reports its pattern files are up to date.`, ja: `${name} はパターンファイルが最新だと報告しています。` }, evidence };
    }
    if (known.length === 0 && counted.every((p) => p.signaturesUpToDate === false)) {
      return { status: 'fail', message: { en: 'The antivirus has no current pattern files: it cannot recognise bots.', ja: 'ウイルス対策ソフトに最新のパターンファイルがなく、ボットを検出できません。' }, evidence };
    }
    if (known.length === 0) {
      const text = { en: 'The pattern file date could not be read.', ja: 'パターンファイルの日付を読み取れませんでした。' };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'failed', text } };
    }
    const freshest = Math.min(...known);
    if (freshest > PATTERN_FAIL_DAYS) {
      return { status: 'fail', message: { en: `Pattern files are ${freshest} days old: new bots are not recognised.`, ja: `パターンファイルが ${freshest} 日前のもので、新しいボットを検出できません。` }, evidence };
    }
    if (freshest > PATTERN_WARN_DAYS) {
      return { status: 'warn', message: { en: `Pattern files are ${freshest} days old; update them.`, ja: `パターンファイルが ${freshest} 日前のものです。更新してください。` }, evidence };
    }
    return { status: 'pass', message: { en: `Pattern files are current (${freshest} days old).`, ja: `パターンファイルは最新です (${freshest} 日前)。` }, evidence };
  },
});
