import { parseMacosBrowsers } from '../parsers/macos-browsers';
import { defineFactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

export const macosBrowsers = defineFactSource({
  fact: 'browsers',
  platform: 'darwin',
  probes: ['macos.browsers'],
  derive: (raws) => fromOneProbe(raws, 'macos.browsers', parseMacosBrowsers, (browsers) => ({ browsers })),
});
