import type { InventorySection } from '../section';

/**
 * Remote Desktop and SMB 1.0 switches. The registry values are readable without administrator
 * rights; Group Policy values win over local ones. Get-SmbServerConfiguration may need
 * administrator rights: its failure is kept as a word ("access denied") beside the LanmanServer
 * SMB1 registry value, which says "off" when it is 0.
 */
export const remoteAccessSection: InventorySection = {
  key: 'remoteAccess',
  script: [
    "$ts = Get-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server' -ErrorAction SilentlyContinue",
    "$tcp = Get-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp' -ErrorAction SilentlyContinue",
    "$policy = Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services' -ErrorAction SilentlyContinue",
    "$lanman = Get-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters' -ErrorAction SilentlyContinue",
    '$smb1 = $null',
    '$smbError = $null',
    "try { $smb1 = (Get-SmbServerConfiguration -ErrorAction Stop).EnableSMB1Protocol } catch { $smbError = $(if ($_.CategoryInfo.Category -eq 'PermissionDenied') { 'access denied' } else { $_.Exception.Message }) }",
    '[pscustomobject]@{ fDenyTSConnections = $ts.fDenyTSConnections; UserAuthentication = $tcp.UserAuthentication; PortNumber = $tcp.PortNumber; PolicyDenyTSConnections = $policy.fDenyTSConnections; PolicyUserAuthentication = $policy.UserAuthentication; EnableSMB1Protocol = $smb1; SmbConfigError = $smbError; SMB1 = $lanman.SMB1 } |',
    '  Select-Object fDenyTSConnections, UserAuthentication, PortNumber, PolicyDenyTSConnections, PolicyUserAuthentication, EnableSMB1Protocol, SmbConfigError, SMB1',
  ].join('\n'),
  note: 'remoteAccess: registry Terminal Server fDenyTSConnections, RDP-Tcp UserAuthentication and PortNumber, their Group Policy values, Get-SmbServerConfiguration EnableSMB1Protocol (may need administrator rights) and LanmanServer SMB1.',
};
