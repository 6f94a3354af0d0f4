import type { OsFacts } from '../shared/facts';
import type { LocalizedText } from '../shared/types';
import type { OsSupportData } from '../signatures/schema';
import { DAY_MS, defineCheck, need, noCaptureTime, unknownVerdict } from './check';

/** A release that ends within this many days gets a warning, so there is time to upgrade. */
export const END_WARN_DAYS = 90;

type Release = OsSupportData['releases'][number];

/** What the paid or opt-in extension is called, so the user knows what to look for. */
const EXTENDED: Record<string, LocalizedText> = {
  ubuntu: { en: 'Ubuntu Pro (Expanded Security Maintenance)', ja: 'Ubuntu Pro (ESM)' },
  windows: { en: 'Extended Security Updates (ESU)', ja: '拡張セキュリティ更新プログラム (ESU)' },
  rhel: { en: 'Extended Life Cycle Support (ELS)', ja: '延長ライフサイクルサポート (ELS)' },
};
const EXTENDED_OTHER: LocalizedText = { en: 'paid extended support', ja: '有償の延長サポート' };

/**
 * Windows ESU enrolment leaves no local marker botcheck can read reliably, and Windows Update
 * offers the enrolment to home users itself, so many machines past the free end still get fixes.
 * In the ESU window the verdict is therefore warn ("check it"), not fail ("no fixes arrive").
 */
const ENROLMENT_UNREADABLE = new Set(['windows']);

/** Exact version, else the longest row that is a dotted prefix ("9" for RHEL "9.4", "14" for macOS "14.5"). */
export function findRelease(releases: readonly Release[], os: OsFacts): Release | null {
  if (!os.versionId) return null;
  const v = os.versionId;
  const rows = releases.filter((r) => r.os === os.id && (r.version === v || v.startsWith(`${r.version}.`)));
  return rows.sort((a, b) => b.version.length - a.version.length)[0] ?? null;
}

/** Support runs through the end of the stated day (UTC). */
function daysLeft(endDate: string, now: Date): number {
  return Math.floor((Date.parse(`${endDate}T23:59:59Z`) - now.getTime()) / DAY_MS);
}

export const upd001 = defineCheck({
  id: 'UPD-001',
  item: 'g',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Operating system still receives security updates', ja: 'OS がまだセキュリティ更新を受けられる' },
  rationale: {
    en: 'Bots spread through known holes in the OS; a release past its end of support gets no fixes for them (IPA item (g)).',
    ja: 'ボットは OS の既知の脆弱性を突いて感染します。サポートが終わった OS にはその修正が届きません (IPA の対策 (g))。',
  },
  remediation: {
    linux: [
      { en: 'Upgrade to a supported release of your distribution (Debian: follow the release notes; Ubuntu: sudo do-release-upgrade; Fedora: dnf system-upgrade).', ja: 'サポート中のリリースにアップグレードします (Debian はリリースノートの手順、Ubuntu は sudo do-release-upgrade、Fedora は dnf system-upgrade)。' },
      { en: 'On Ubuntu LTS past standard support, attach the machine to Ubuntu Pro (free for personal use) until you can upgrade: sudo pro attach', ja: '標準サポートが終わった Ubuntu LTS は、アップグレードできるまで Ubuntu Pro (個人利用は無料) を有効にします: sudo pro attach' },
    ],
    win32: [
      { en: 'Open Settings → Windows Update and install the latest feature update (Windows 11 version).', ja: '「設定」→「Windows Update」を開き、最新の機能更新プログラム (Windows 11 の新しいバージョン) をインストールします。' },
      { en: 'If this PC cannot run Windows 11, enrol in Extended Security Updates while they last, and plan to replace the PC.', ja: 'Windows 11 を動かせない PC は、提供期間中は拡張セキュリティ更新 (ESU) に登録し、買い替えを計画します。' },
    ],
    darwin: [
      { en: 'Open System Settings → General → Software Update and upgrade to the newest macOS this Mac supports.', ja: '「システム設定」→「一般」→「ソフトウェア・アップデート」を開き、この Mac が対応する最新の macOS にアップグレードします。' },
      { en: 'A Mac that cannot run a supported macOS should no longer be used on the internet for banking or mail.', ja: 'サポート中の macOS を動かせない Mac は、ネットバンキングやメールには使わないようにします。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['os'],
  evaluate(facts, ctx) {
    const os = need(facts, 'os');
    if (!os.ok) return unknownVerdict(os);
    const { prettyName, id, versionId } = os.value;
    const release = findRelease(ctx.signatures.osSupport.releases, os.value);
    if (!release) {
      const text = {
        en: `${prettyName} (${id} ${versionId ?? 'without a version number'}) is not in the support data, so its end of support is not known.`,
        ja: `${prettyName} (${id} ${versionId ?? 'バージョン番号なし'}) はサポート期限のデータにないため、サポート終了日が分かりません。`,
      };
      return { status: 'unknown', message: text, evidence: [{ text, data: { id, versionId } }], reason: { kind: 'unsupported', text } };
    }
    const data = { id, versionId, release: release.name, endOfSupport: release.endOfSupport, extendedEnd: release.extendedEnd, source: release.source };
    if (release.endOfSupport === null) {
      const text = { en: `${release.name}: no end of security support has been announced.`, ja: `${release.name}: セキュリティサポートの終了日はまだ発表されていません。` };
      return { status: 'pass', message: { en: `${prettyName} is supported.`, ja: `${prettyName} はサポート中です。` }, evidence: [{ text, data }] };
    }
    if (!ctx.capturedAt) return noCaptureTime();
    const left = daysLeft(release.endOfSupport, ctx.capturedAt);
    const end = release.endOfSupport;
    const evidence = [{ text: { en: `${release.name}: free security updates until ${end}`, ja: `${release.name}: 無償のセキュリティ更新は ${end} まで` }, data }];
    if (left < 0) {
      const ext = EXTENDED[id] ?? EXTENDED_OTHER;
      const extLeft = release.extendedEnd ? daysLeft(release.extendedEnd, ctx.capturedAt) : -1;
      if (release.extendedEnd && extLeft >= 0) {
        evidence.push({
          text: {
            en: `${ext.en} continues until ${release.extendedEnd}; botcheck cannot see whether this machine is enrolled. Without it, no security fixes arrive.`,
            ja: `${ext.ja} は ${release.extendedEnd} まで続きますが、この PC が登録済みかどうかは botcheck には分かりません。未登録ならセキュリティ修正は届きません。`,
          },
          data,
        });
        if (ENROLMENT_UNREADABLE.has(id)) {
          return {
            status: 'warn',
            message: {
              en: `${prettyName} stopped receiving free security updates on ${end}. It gets fixes until ${release.extendedEnd} only if enrolled in ${ext.en}; check Settings → Windows Update.`,
              ja: `${prettyName} の無償セキュリティ更新は ${end} に終了しました。${ext.ja} に登録していれば ${release.extendedEnd} まで修正が届きます。「設定」→「Windows Update」で確認してください。`,
            },
            evidence,
          };
        }
      } else if (release.extendedEnd) {
        evidence.push({
          text: { en: `${ext.en} also ended on ${release.extendedEnd}.`, ja: `${ext.ja} も ${release.extendedEnd} に終了しています。` },
          data,
        });
      }
      return {
        status: 'fail',
        message: { en: `${prettyName} stopped receiving free security updates on ${end}.`, ja: `${prettyName} の無償セキュリティ更新は ${end} に終了しています。` },
        evidence,
      };
    }
    if (left <= END_WARN_DAYS) {
      return {
        status: 'warn',
        message: { en: `${prettyName} stops receiving security updates on ${end} (in ${left} days); plan the upgrade now.`, ja: `${prettyName} のセキュリティ更新は ${end} (あと ${left} 日) で終了します。今のうちにアップグレードを計画してください。` },
        evidence,
      };
    }
    return { status: 'pass', message: { en: `${prettyName} is supported until ${end}.`, ja: `${prettyName} は ${end} までサポートされます。` }, evidence };
  },
});
