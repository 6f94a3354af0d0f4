import type { InventorySection } from '../section';

/**
 * Restart and automatic-update state from the registry, and the Windows Update Agent's last
 * successful search (a COM object any user may read; a failure there leaves it null).
 */
export const updateSettingsSection: InventorySection = {
  key: 'updateSettings',
  script: [
    "$au = $null; if (Test-Path -LiteralPath 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU') { $au = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU' }",
    "$ux = $null; if (Test-Path -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings') { $ux = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings' }",
    "$svc = Get-ItemProperty -LiteralPath 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\wuauserv' -ErrorAction SilentlyContinue",
    '$searched = $null; try { $searched = (New-Object -ComObject Microsoft.Update.AutoUpdate).Results.LastSearchSuccessDate } catch { }',
    "[pscustomobject]@{ RebootRequired = (Test-Path -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'); RebootPending = (Test-Path -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending'); NoAutoUpdate = $au.NoAutoUpdate; AUOptions = $au.AUOptions; PauseUpdatesExpiryTime = $ux.PauseUpdatesExpiryTime; WuauservStart = $svc.Start; LastSearchSuccessDate = $searched }",
  ].join('; '),
  note: 'Registry: WindowsUpdate\\Auto Update\\RebootRequired and Component Based Servicing\\RebootPending (a restart is waiting), Policies\\Microsoft\\Windows\\WindowsUpdate\\AU NoAutoUpdate/AUOptions, WindowsUpdate\\UX\\Settings PauseUpdatesExpiryTime, the wuauserv service start type; Microsoft.Update.AutoUpdate Results.LastSearchSuccessDate (last successful search for updates). No administrator rights needed.',
};
