import type { ProbeDefinition } from '../probe';

/**
 * Files a helpdesk can ask a caller to make by hand and send. A live scan reads the same facts from
 * windows.inventory and never plans these; a replay reads them when the inventory is not there.
 */
function replayFile(id: string, format: ProbeDefinition['format'], command: string, note: string): ProbeDefinition {
  return { id, platform: 'win32', format, command, note, timeoutMs: 0 };
}

export const windowsProtectionReplayProbes: readonly ProbeDefinition[] = [
  replayFile(
    'windows.netsh-firewall',
    'text',
    'netsh advfirewall show allprofiles',
    'State and Firewall Policy of the Domain, Private and Public profiles; English and Japanese Windows. No administrator rights needed.',
  ),
  replayFile(
    'windows.systeminfo',
    'text',
    'systeminfo',
    'OS name and version are read (English and Japanese Windows). Save it as UTF-8: a Japanese console writes CP932, which read as anything else is not understood.',
  ),
  replayFile(
    'windows.defender',
    'json',
    'powershell -Command "Get-MpComputerStatus | ConvertTo-Json"',
    'The plain list Get-MpComputerStatus prints is read too. Fails (0x800106BA) when another antivirus product has switched Defender off.',
  ),
  replayFile(
    'windows.av-products',
    'json',
    'powershell -Command "Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | ConvertTo-Json"',
    'The plain list Get-CimInstance or Get-WmiObject print is read too. Not available on Windows Server.',
  ),
  replayFile(
    'windows.firewall-profiles',
    'json',
    'powershell -Command "Get-NetFirewallProfile -PolicyStore ActiveStore | ConvertTo-Json"',
    'The plain list is read too. Without -PolicyStore ActiveStore it shows the local settings only (NotConfigured where Group Policy decides).',
  ),
  replayFile(
    'windows.hotfix',
    'json',
    'powershell -Command "Get-HotFix | ConvertTo-Json"',
    'The table of wmic qfe get Caption,Description,HotFixID,InstalledOn is read too. Its newest install day is the last update.',
  ),
];
