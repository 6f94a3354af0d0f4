import type { FactName } from '../shared/facts';
import type { Platform } from '../shared/types';
import { linuxAntivirus } from './antivirus-linux';
import { linuxAuthLogFact } from './auth-log-linux';
import { linuxBrowsers } from './browsers-linux';
import { connectionsFact } from './connections';
import type { FactSource } from './fact-source';
import { linuxFirewall } from './firewall-linux';
import { linuxOs } from './os-linux';
import { linuxPackageUpdates } from './package-updates-linux';
import { linuxProcessesFact } from './processes-linux';
import { linuxSshConfigFact } from './ssh-config-linux';
import { linuxUpdateHistory } from './update-history-linux';

export const FACT_SOURCES: readonly FactSource[] = [
  linuxAntivirus,
  linuxProcessesFact,
  connectionsFact('linux'),
  connectionsFact('win32'),
  connectionsFact('darwin'),
  linuxFirewall,
  linuxOs,
  linuxPackageUpdates,
  linuxUpdateHistory,
  linuxBrowsers,
  linuxSshConfigFact,
  linuxAuthLogFact,
];

export function factSourceFor(platform: Platform, fact: FactName): FactSource | undefined {
  return FACT_SOURCES.find((s) => s.platform === platform && s.fact === fact);
}
