import type { InventorySection } from '../section';

/**
 * Every process with its executable and command line. Win32_Process leaves ExecutablePath and
 * CommandLine empty for other users' processes without administrator rights, and for protected
 * system processes even with them. Command lines are cut to 300 characters here so a long one
 * (an encoded PowerShell payload) cannot swell the inventory. Owners are left out: GetOwner is one
 * WMI call per process.
 */
export const processesSection: InventorySection = {
  key: 'processes',
  script: [
    'Get-CimInstance -ClassName Win32_Process |',
    "  Select-Object ProcessId, Name, ExecutablePath, @{ Name = 'CommandLine'; Expression = { if ($_.CommandLine) { $_.CommandLine.Substring(0, [Math]::Min(300, $_.CommandLine.Length)) } } }",
  ].join('\n'),
  note: 'processes: Get-CimInstance Win32_Process (ProcessId, Name, ExecutablePath, CommandLine cut to 300 characters); paths of other users\' processes need administrator rights.',
};
