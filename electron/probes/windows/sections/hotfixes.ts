import type { InventorySection } from '../section';

export const hotfixesSection: InventorySection = {
  key: 'hotfixes',
  script: 'Get-HotFix | Select-Object HotFixID, Description, InstalledOn',
  note: 'Get-HotFix (Win32_QuickFixEngineering): installed Windows updates with their install day; no administrator rights needed.',
};
