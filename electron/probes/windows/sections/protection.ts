import type { InventorySection } from '../section';
import { browsersSection } from './browsers';
import { defenderSection } from './defender';
import { explorerSection } from './explorer';
import { firewallProfilesSection } from './firewall-profiles';
import { hotfixesSection } from './hotfixes';
import { osSection } from './os';
import { avProductsSection, firewallProductsSection, spywareProductsSection } from './security-center';
import { smartScreenSection } from './smart-screen';
import { updateSettingsSection } from './update-settings';

/** Sections for protection: antivirus, firewall, OS and updates, browsers, settings. */
export const PROTECTION_SECTIONS: readonly InventorySection[] = [
  defenderSection,
  avProductsSection,
  spywareProductsSection,
  firewallProfilesSection,
  firewallProductsSection,
  osSection,
  hotfixesSection,
  updateSettingsSection,
  explorerSection,
  smartScreenSection,
  browsersSection,
];
