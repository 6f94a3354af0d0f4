import type { Platform } from '../shared/types';
import { linuxClamavVersion } from './antivirus/linux';
import { linuxBrowserProbes } from './browsers/linux';
import { linuxFirewallProbes } from './firewall/linux';
import { linuxLogProbes } from './logs/linux';
import { macosProbes } from './macos/index';
import { connectionsProbe } from './network/connections';
import type { ProbeDefinition } from './probe';
import { windowsInventory } from './windows/inventory';
import { windowsNetstatReplay } from './windows/netstat-replay';
import { windowsRegRdpReplay } from './windows/reg-rdp-replay';
import { windowsProtectionReplayProbes } from './windows/replay-files';
import { linuxProcesses } from './processes/linux';
import { linuxSshProbes } from './ssh/linux';
import { linuxUpdateProbes } from './updates/linux';

/** Every probe botcheck can run, by id. docs/probes.md lists the same set (a test keeps them equal). */
export const PROBES: readonly ProbeDefinition[] = [
  linuxClamavVersion,
  linuxProcesses,
  connectionsProbe('linux'),
  connectionsProbe('win32'),
  connectionsProbe('darwin'),
  ...linuxFirewallProbes,
  ...linuxUpdateProbes,
  ...linuxBrowserProbes,
  ...linuxSshProbes,
  ...linuxLogProbes,
  ...macosProbes,
  windowsInventory,
  windowsNetstatReplay,
  windowsRegRdpReplay,
  ...windowsProtectionReplayProbes,
];

export const PROBE_BY_ID: ReadonlyMap<string, ProbeDefinition> = new Map(PROBES.map((p) => [p.id, p]));

export function probesFor(platform: Platform): ProbeDefinition[] {
  return PROBES.filter((p) => p.platform === platform);
}
