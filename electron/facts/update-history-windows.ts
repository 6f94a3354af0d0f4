import type { Hotfix } from '../parsers/hotfix';
import { parseHotfixText, readHotfixes } from '../parsers/hotfix';
import { readUpdateSettings } from '../parsers/windows-settings';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY } from './windows-inventory';
import { sectionOrFiles } from './windows-read';

const HOTFIX_FILE = 'windows.hotfix';
const PROBES = [INVENTORY, HOTFIX_FILE] as const;

function newest(hotfixes: Hotfix[]): string | null {
  return hotfixes.map((h) => h.installedOn).filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

/**
 * Last upgrade: the newest install day among the Windows updates (Get-HotFix), which Windows
 * installs monthly. Defender's daily signature updates are not among them, so they do not hide an
 * OS that stopped updating. Package lists refreshed: the Windows Update Agent's last successful
 * search; null when not read (a helpdesk folder, or the agent did not say).
 */
export const windowsUpdateHistory = defineFactSource({
  fact: 'updateHistory',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const hotfixes = sectionOrFiles(raws, 'hotfixes', readHotfixes, [{ probeId: HOTFIX_FILE, parse: parseHotfixText }]);
    if (!hotfixes.ok) return unknownFact(PROBES, hotfixes.reason);
    const settings = sectionOrFiles(raws, 'updateSettings', readUpdateSettings);
    return knownFact(PROBES, { lastUpgradeAt: newest(hotfixes.value), listsRefreshedAt: settings.ok ? settings.value.lastSearchAt : null });
  },
});
