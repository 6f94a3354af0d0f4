import type { AntivirusProduct } from '../shared/facts';
import { parseInstallHistory, type InstallRecord } from '../parsers/install-history';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact } from './raw-helpers';

const HISTORY = 'macos.install-history';

/** XProtect's signature packages: XProtectPlistConfigData (the rules) and XProtectPayloads (XProtect Remediator). */
function isXProtectData(r: InstallRecord): boolean {
  return /^XProtect/i.test(r.name);
}

/** Newest XProtect install, by date. */
function newestXProtect(records: readonly InstallRecord[]): InstallRecord | null {
  return records.filter(isXProtectData).reduce<InstallRecord | null>((best, r) => (!best || r.date > best.date ? r : best), null);
}

/**
 * XProtect is part of every macOS since 10.6 and has no switch: it checks apps when they are first
 * opened, when their files change and when its rules are updated (Apple Platform Security guide),
 * which is on-access protection. So it is always on and real-time; what can be wrong is the age of
 * its rules, read from the install history. When the history cannot be read the product stays, with
 * no date, and AV-002 says it cannot tell.
 */
export const macosAntivirus = defineFactSource({
  fact: 'antivirus',
  platform: 'darwin',
  probes: [HISTORY],
  derive(raws) {
    const history = readProbe(raws, HISTORY, parseInstallHistory);
    const newest = history.ok ? newestXProtect(history.value) : null;
    const xprotect: AntivirusProduct = {
      name: 'XProtect',
      installed: true,
      enabled: true,
      realTime: true,
      signaturesUpdatedAt: newest?.date ?? null,
      signaturesUpToDate: null,
      signatureVersion: newest ? `${newest.name} ${newest.version ?? ''}`.trim() : null,
      engineVersion: null,
    };
    return knownFact([HISTORY], { products: [xprotect] });
  },
});
