import type { ProbeDefinition } from '../probe';
import { macosAlf, macosAlfStealth } from './alf';
import { macosBrowserVersions } from './browsers';
import { macosGatekeeper } from './gatekeeper';
import { macosInstallHistory } from './install-history';
import { macosProcesses } from './processes';
import { macosSoftwareUpdate } from './softwareupdate';
import { macosSwVers } from './sw-vers';
import { macosUpdateSettings } from './update-settings';

/** Every macOS probe (macos.connections comes from network/connections.ts). */
export const macosProbes: readonly ProbeDefinition[] = [
  macosSwVers,
  macosAlf,
  macosAlfStealth,
  macosSoftwareUpdate,
  macosInstallHistory,
  macosGatekeeper,
  macosUpdateSettings,
  macosProcesses,
  macosBrowserVersions,
];
