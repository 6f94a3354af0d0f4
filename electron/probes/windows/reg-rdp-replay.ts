import type { ProbeDefinition } from '../probe';

/**
 * Replay only: the two registry values behind Remote Desktop, typed by a caller in Command Prompt
 * (`&` runs the second query after the first). A live scan reads them in the inventory's
 * remoteAccess section.
 */
export const windowsRegRdpReplay: ProbeDefinition = {
  id: 'windows.reg-rdp',
  platform: 'win32',
  format: 'text',
  command: 'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections & reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp" /v UserAuthentication',
  note: 'Typed by the caller in Command Prompt; no administrator rights needed. Says whether Remote Desktop accepts connections and requires Network Level Authentication; SMB 1.0 is not read this way.',
  timeoutMs: 0,
};
