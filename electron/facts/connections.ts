import { PROBE_PREFIX, type Platform } from '../shared/types';
import { parseSiConnections } from '../parsers/si-network-connections';
import { defineFactSource, type FactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

export function connectionsFact(platform: Platform): FactSource<'connections'> {
  const probeId = `${PROBE_PREFIX[platform]}.connections`;
  return defineFactSource({
    fact: 'connections',
    platform,
    probes: [probeId],
    derive: (raws) => fromOneProbe(raws, probeId, parseSiConnections, (v) => v),
  });
}
