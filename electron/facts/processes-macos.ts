import { parsePsProcesses } from '../parsers/ps-processes';
import { defineFactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

export const macosProcessesFact = defineFactSource({
  fact: 'processes',
  platform: 'darwin',
  probes: ['macos.processes'],
  derive: (raws) => fromOneProbe(raws, 'macos.processes', parsePsProcesses, (v) => v),
});
