import { parseOsRelease } from '../parsers/os-release';
import { defineFactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

const PROBE = 'linux.os-release';

export const linuxOs = defineFactSource({
  fact: 'os',
  platform: 'linux',
  probes: [PROBE],
  derive(raws) {
    return fromOneProbe(raws, PROBE, parseOsRelease, (r) => ({ id: r.id, versionId: r.versionId, prettyName: r.prettyName, like: r.like }));
  },
});
