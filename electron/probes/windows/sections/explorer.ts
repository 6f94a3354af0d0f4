import type { InventorySection } from '../section';

export const explorerSection: InventorySection = {
  key: 'explorer',
  script:
    "$adv = Get-ItemProperty -LiteralPath 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced' -ErrorAction SilentlyContinue; [pscustomobject]@{ HideFileExt = $adv.HideFileExt }",
  note: 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced HideFileExt of the user running botcheck (an administrator account that elevated it reads its own setting).',
};
