import { parseSwVers } from '../parsers/sw-vers';
import { defineFactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

const PROBE = 'macos.sw-vers';

/** versionId is the full ProductVersion ("15.7.9"); the support data has one row per major ("15", "10.15"). */
export const macosOs = defineFactSource({
  fact: 'os',
  platform: 'darwin',
  probes: [PROBE],
  derive(raws) {
    return fromOneProbe(raws, PROBE, parseSwVers, (v) => ({
      id: 'macos',
      versionId: v.productVersion,
      prettyName: [v.productName ?? 'macOS', v.productVersion, v.productVersionExtra].filter(Boolean).join(' '),
      like: [],
    }));
  },
});
