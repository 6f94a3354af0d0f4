import type { SecuritySettingsFacts } from '../shared/facts';
import { readExplorerSettings, readSmartScreenSettings, type SmartScreenSettings } from '../parsers/windows-settings';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const PROBES = [INVENTORY] as const;

/** "Prompt" and "RequireAdmin" are the Windows 8 names of warn and block. */
const EXPLORER_VALUES: Record<string, 'off' | 'warn' | 'block'> = { off: 'off', warn: 'warn', prompt: 'warn', requireadmin: 'block', block: 'block' };

/**
 * The Group Policy value wins over the Windows Security switch. Not set anywhere means Windows'
 * default, SmartScreen warning before unrecognised apps and files run (Windows 10 1703 and later).
 */
function smartScreen(s: SmartScreenSettings): { value: SecuritySettingsFacts['smartScreen']; detail: string } {
  if (s.policyEnabled === 0) return { value: 'off', detail: 'policy EnableSmartScreen = 0' };
  if (s.policyEnabled === 1) {
    const level = s.policyLevel?.toLowerCase();
    return { value: level === 'block' ? 'block' : 'warn', detail: `policy EnableSmartScreen = 1, ShellSmartScreenLevel = ${s.policyLevel ?? 'not set (warn)'}` };
  }
  const setting = s.explorerSetting;
  if (setting === null) return { value: 'warn', detail: 'SmartScreenEnabled not set (Windows default: warn)' };
  return { value: EXPLORER_VALUES[setting.toLowerCase()] ?? null, detail: `SmartScreenEnabled = ${setting}` };
}

export const windowsSecuritySettings = defineFactSource({
  fact: 'securitySettings',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const explorer = inventorySection(raws, 'explorer', readExplorerSettings);
    const screen = inventorySection(raws, 'smartScreen', readSmartScreenSettings);
    if (!explorer.ok && !screen.ok) return unknownFact(PROBES, explorer.reason);
    const detail: string[] = [];
    let fileExtensionsHidden: boolean | null = null;
    if (explorer.ok) {
      // Not set: Explorer's default, which hides known extensions.
      const value = explorer.value.hideFileExt;
      fileExtensionsHidden = value === null ? true : value !== 0;
      detail.push(value === null ? 'HideFileExt not set (Windows default: hidden)' : `HideFileExt = ${value}`);
    } else {
      detail.push(explorer.reason.text.en);
    }
    let smart: SecuritySettingsFacts['smartScreen'] = null;
    if (screen.ok) {
      const read = smartScreen(screen.value);
      smart = read.value;
      detail.push(read.detail);
    } else {
      detail.push(screen.reason.text.en);
    }
    return knownFact(PROBES, { fileExtensionsHidden, smartScreen: smart, gatekeeper: null, detail });
  },
});
