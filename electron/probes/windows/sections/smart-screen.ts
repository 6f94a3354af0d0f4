import type { InventorySection } from '../section';

export const smartScreenSection: InventorySection = {
  key: 'smartScreen',
  script: [
    "$pol = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\System' -ErrorAction SilentlyContinue",
    "$exp = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer' -ErrorAction SilentlyContinue",
    '[pscustomobject]@{ EnableSmartScreen = $pol.EnableSmartScreen; ShellSmartScreenLevel = $pol.ShellSmartScreenLevel; SmartScreenEnabled = $exp.SmartScreenEnabled }',
  ].join('; '),
  note: 'SmartScreen for apps and files: policy HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\System EnableSmartScreen/ShellSmartScreenLevel, else HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer SmartScreenEnabled; no administrator rights needed.',
};
