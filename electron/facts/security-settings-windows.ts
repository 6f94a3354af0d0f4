import type { SecuritySettingsFacts, SettingDetail } from '../shared/facts';
import type { LocalizedText } from '../shared/types';
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
function smartScreen(s: SmartScreenSettings): { value: SecuritySettingsFacts['smartScreen']; text: LocalizedText } {
  if (s.policyEnabled === 0) return { value: 'off', text: { en: 'policy EnableSmartScreen = 0', ja: 'ポリシーで EnableSmartScreen = 0' } };
  if (s.policyEnabled === 1) {
    const level = s.policyLevel?.toLowerCase();
    const shown = s.policyLevel ? { en: s.policyLevel, ja: s.policyLevel } : { en: 'not set (warn)', ja: '未設定 (警告)' };
    return {
      value: level === 'block' ? 'block' : 'warn',
      text: { en: `policy EnableSmartScreen = 1, ShellSmartScreenLevel = ${shown.en}`, ja: `ポリシーで EnableSmartScreen = 1、ShellSmartScreenLevel = ${shown.ja}` },
    };
  }
  const setting = s.explorerSetting;
  if (setting === null) return { value: 'warn', text: { en: 'SmartScreenEnabled not set (Windows default: warn)', ja: 'SmartScreenEnabled は未設定 (Windows の既定: 警告)' } };
  const shown = `SmartScreenEnabled = ${setting}`;
  return { value: EXPLORER_VALUES[setting.toLowerCase()] ?? null, text: { en: shown, ja: shown } };
}

function fileExtensions(value: number | null): LocalizedText {
  if (value === null) return { en: 'HideFileExt not set (Windows default: hidden)', ja: 'HideFileExt は未設定 (Windows の既定: 非表示)' };
  const shown = `HideFileExt = ${value}`;
  return { en: shown, ja: shown };
}

export const windowsSecuritySettings = defineFactSource({
  fact: 'securitySettings',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const explorer = inventorySection(raws, 'explorer', readExplorerSettings);
    const screen = inventorySection(raws, 'smartScreen', readSmartScreenSettings);
    if (!explorer.ok && !screen.ok) return unknownFact(PROBES, explorer.reason);
    const detail: SettingDetail[] = [];
    let fileExtensionsHidden: boolean | null = null;
    if (explorer.ok) {
      // Not set: Explorer's default, which hides known extensions.
      const value = explorer.value.hideFileExt;
      fileExtensionsHidden = value === null ? true : value !== 0;
      detail.push({ setting: 'fileExtensions', text: fileExtensions(value) });
    } else {
      detail.push({ setting: 'fileExtensions', text: explorer.reason.text });
    }
    let smart: SecuritySettingsFacts['smartScreen'] = null;
    if (screen.ok) {
      const read = smartScreen(screen.value);
      smart = read.value;
      detail.push({ setting: 'smartScreen', text: read.text });
    } else {
      detail.push({ setting: 'smartScreen', text: screen.reason.text });
    }
    return knownFact(PROBES, { fileExtensionsHidden, smartScreen: smart, gatekeeper: null, detail });
  },
});
