import type { FactName } from '../shared/facts';
import type { Platform } from '../shared/types';
import { linuxAntivirus } from './antivirus-linux';
import { macosAntivirus } from './antivirus-macos';
import { windowsAntivirus } from './antivirus-windows';
import { linuxAuthLogFact } from './auth-log-linux';
import { windowsAuthLogFact } from './auth-log-windows';
import { linuxBrowsers } from './browsers-linux';
import { macosBrowsers } from './browsers-macos';
import { windowsBrowsers } from './browsers-windows';
import { connectionsFact } from './connections';
import { windowsConnectionsFact } from './connections-windows';
import type { FactSource } from './fact-source';
import { linuxFirewall } from './firewall-linux';
import { macosFirewall } from './firewall-macos';
import { windowsFirewall } from './firewall-windows';
import { linuxOs } from './os-linux';
import { macosOs } from './os-macos';
import { windowsOs } from './os-windows';
import { linuxPackageUpdates } from './package-updates-linux';
import { macosPackageUpdates } from './package-updates-macos';
import { linuxProcessesFact } from './processes-linux';
import { macosProcessesFact } from './processes-macos';
import { windowsProcessesFact } from './processes-windows';
import { windowsRemoteAccessFact } from './remote-access-windows';
import { macosSecuritySettings } from './security-settings-macos';
import { windowsSecuritySettings } from './security-settings-windows';
import { linuxSshConfigFact } from './ssh-config-linux';
import { linuxUpdateHistory } from './update-history-linux';
import { macosUpdateHistory } from './update-history-macos';
import { windowsUpdateHistory } from './update-history-windows';
import { macosUpdateSettings } from './update-settings-macos';
import { windowsUpdateSettings } from './update-settings-windows';

/** How each fact is established on each OS; a fact with no source on an OS leaves its checks unknown there. */
export const FACT_SOURCES: readonly FactSource[] = [
  // Linux
  linuxAntivirus,
  linuxProcessesFact,
  connectionsFact('linux'),
  linuxFirewall,
  linuxOs,
  linuxPackageUpdates,
  linuxUpdateHistory,
  linuxBrowsers,
  linuxSshConfigFact,
  linuxAuthLogFact,
  // Windows
  windowsAntivirus,
  windowsProcessesFact,
  windowsConnectionsFact,
  windowsFirewall,
  windowsOs,
  windowsUpdateHistory,
  windowsUpdateSettings,
  windowsBrowsers,
  windowsSecuritySettings,
  windowsRemoteAccessFact,
  windowsAuthLogFact,
  // macOS
  macosAntivirus,
  macosProcessesFact,
  connectionsFact('darwin'),
  macosFirewall,
  macosOs,
  macosPackageUpdates,
  macosUpdateHistory,
  macosUpdateSettings,
  macosBrowsers,
  macosSecuritySettings,
];

export function factSourceFor(platform: Platform, fact: FactName): FactSource | undefined {
  return FACT_SOURCES.find((s) => s.platform === platform && s.fact === fact);
}
