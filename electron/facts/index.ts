import type { FactName } from '../shared/facts';
import type { Platform } from '../shared/types';
import { linuxAntivirus } from './antivirus-linux';
import { connectionsFact } from './connections';
import type { FactSource } from './fact-source';
import { linuxProcessesFact } from './processes-linux';

export const FACT_SOURCES: readonly FactSource[] = [
  linuxAntivirus,
  linuxProcessesFact,
  connectionsFact('linux'),
];

export function factSourceFor(platform: Platform, fact: FactName): FactSource | undefined {
  return FACT_SOURCES.find((s) => s.platform === platform && s.fact === fact);
}
