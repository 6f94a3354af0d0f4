import type { AntivirusProduct } from '../shared/facts';
import { parseMpComputerStatusText, readMpComputerStatus, type MpComputerStatus } from '../parsers/mp-computer-status';
import { parseSecurityCenterProductsText, readSecurityCenterProducts, type SecurityCenterProduct } from '../parsers/security-center-product';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY } from './windows-inventory';
import { sectionOrFiles } from './windows-read';

const DEFENDER_FILE = 'windows.defender';
const PRODUCTS_FILE = 'windows.av-products';
const PROBES = [INVENTORY, DEFENDER_FILE, PRODUCTS_FILE] as const;
const DEFENDER = 'Microsoft Defender Antivirus';
const DAY_MS = 86_400_000;

/** Passive, EDR block and "Not running" all mean another product does the real-time scanning. */
const STANDING_BY = /passive|edr block|not running/i;

function fromMpStatus(s: MpComputerStatus, capturedAt: Date | null): AntivirusProduct {
  const active = s.serviceEnabled && s.antivirusEnabled && !(s.runningMode && STANDING_BY.test(s.runningMode));
  // The list Get-MpComputerStatus prints has dates in the machine's culture; its age in days is exact.
  const fromAge = s.signatureAgeDays !== null && capturedAt ? new Date(capturedAt.getTime() - s.signatureAgeDays * DAY_MS).toISOString() : null;
  return {
    name: DEFENDER,
    installed: true,
    enabled: active,
    realTime: active && s.realTimeProtection,
    signaturesUpdatedAt: s.signaturesUpdatedAt ?? fromAge,
    signaturesUpToDate: s.signaturesOutOfDate === null ? null : !s.signaturesOutOfDate,
    signatureVersion: s.signatureVersion,
    engineVersion: s.engineVersion,
  };
}

function isDefender(p: SecurityCenterProduct): boolean {
  return p.microsoft && (p.path === 'windowsdefender://' || /defender/i.test(p.name));
}

/** Security Center's "on" for an antivirus is real-time scanning; an expired licence protects no more. */
function fromSecurityCenter(p: SecurityCenterProduct): AntivirusProduct {
  const enabled = p.state === null ? null : p.state === 'on' || p.state === 'snoozed';
  return {
    name: isDefender(p) ? DEFENDER : p.name,
    installed: true,
    enabled,
    realTime: p.state === null ? null : p.state === 'on',
    signaturesUpdatedAt: null,
    signaturesUpToDate: p.signaturesUpToDate,
    signatureVersion: null,
    engineVersion: null,
  };
}

/**
 * Defender from Get-MpComputerStatus, other vendors from Security Center. Defender switched off or
 * passive while another product is on is the normal state of such a machine. Without Security
 * Center (Windows Server, or the section failed) a Defender that is not protecting says nothing
 * about the machine, so the fact is unknown rather than "no antivirus".
 */
export const windowsAntivirus = defineFactSource({
  fact: 'antivirus',
  platform: 'win32',
  probes: PROBES,
  derive(raws, ctx) {
    const defender = sectionOrFiles(raws, 'defender', readMpComputerStatus, [{ probeId: DEFENDER_FILE, parse: parseMpComputerStatusText }]);
    const center = sectionOrFiles(raws, 'avProducts', readSecurityCenterProducts, [{ probeId: PRODUCTS_FILE, parse: parseSecurityCenterProductsText }]);
    const products: AntivirusProduct[] = [];
    if (defender.ok) products.push(fromMpStatus(defender.value, ctx.capturedAt));
    if (center.ok) {
      for (const p of center.value) if (!(defender.ok && isDefender(p))) products.push(fromSecurityCenter(p));
    }
    if (!defender.ok && !center.ok) return unknownFact(PROBES, defender.reason);
    if (!center.ok && !products.some((p) => p.enabled && p.realTime)) {
      return unknownFact(PROBES, {
        kind: center.reason.kind,
        text: {
          en: `Microsoft Defender is not protecting, and the other antivirus products registered with Windows Security Center could not be read: ${center.reason.text.en}`,
          ja: `Microsoft Defender は保護していません。Windows セキュリティ センターに登録された他のウイルス対策ソフトも読み取れませんでした: ${center.reason.text.ja}`,
        },
      });
    }
    return knownFact(PROBES, { products });
  },
});
