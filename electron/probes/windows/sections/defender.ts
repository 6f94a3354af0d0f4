import type { InventorySection } from '../section';

/** Microsoft Defender Antivirus; fails with 0x800106BA when another product has switched Defender off. */
export const defenderSection: InventorySection = {
  key: 'defender',
  script:
    'Get-MpComputerStatus | Select-Object AMServiceEnabled, AntivirusEnabled, RealTimeProtectionEnabled, AMRunningMode, AntivirusSignatureLastUpdated, AntivirusSignatureAge, AntivirusSignatureVersion, DefenderSignaturesOutOfDate, IsTamperProtected, AMEngineVersion',
  note: 'Get-MpComputerStatus (Defender state, signature date and version); no administrator rights needed. Fails when Defender is switched off by another antivirus product or removed; older builds have no AMRunningMode, DefenderSignaturesOutOfDate or IsTamperProtected (null).',
};
