import { parseDefaultsSoftwareUpdate } from '../parsers/defaults-softwareupdate';
import { parseInstallHistory, type InstallRecord } from '../parsers/install-history';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact, unknownFact } from './raw-helpers';

const HISTORY = 'macos.install-history';
const PREFS = 'macos.update-settings';
const PROBES = [HISTORY, PREFS] as const;

/** Installs of macOS itself or of its security updates ("macOS 15.2", "OS X", "Security Update 2021-001", Rapid Security Responses). */
function isSystemUpdate(r: InstallRecord): boolean {
  return /^(macOS|OS X|Mac OS X)\b/.test(r.name) || /Security (Update|Response)|Background Security/i.test(r.name);
}

/**
 * lastUpgradeAt: the newest macOS or security update in the install history (XProtect data is
 * the antivirus's, not counted here). listsRefreshedAt: Software Update's last successful check,
 * which is what "package lists refreshed" means on a Mac; null when the preferences do not say.
 */
export const macosUpdateHistory = defineFactSource({
  fact: 'updateHistory',
  platform: 'darwin',
  probes: PROBES,
  derive(raws) {
    const history = readProbe(raws, HISTORY, parseInstallHistory);
    if (!history.ok) return unknownFact(PROBES, history.reason);
    const updates = history.value.filter(isSystemUpdate).map((r) => r.date).sort();
    const prefs = readProbe(raws, PREFS, parseDefaultsSoftwareUpdate);
    return knownFact(PROBES, { lastUpgradeAt: updates.at(-1) ?? null, listsRefreshedAt: prefs.ok ? prefs.value.lastSuccessfulCheckAt : null });
  },
});
