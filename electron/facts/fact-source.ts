import type { FactMap, FactName, FactResult } from '../shared/facts';
import type { Platform, RawOutput } from '../shared/types';

export interface RawSet {
  get(probeId: string): RawOutput | undefined;
}

export interface DeriveContext {
  platform: Platform;
  /** When the raw outputs were captured; null in a replay whose meta.json does not say. */
  capturedAt: Date | null;
}

/**
 * How one fact is established on one platform: which probes it reads and the pure derivation from
 * their raw outputs (through parsers). Checks name facts; the engine plans probes from these.
 */
export interface FactSource<K extends FactName = FactName> {
  fact: K;
  platform: Platform;
  probes: readonly string[];
  derive(raws: RawSet, ctx: DeriveContext): FactResult<FactMap[K]>;
}

export function defineFactSource<K extends FactName>(source: FactSource<K>): FactSource<K> {
  return source;
}
