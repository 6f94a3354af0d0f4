import { parseProcessList } from '../parsers/proc-processes';
import { defineFactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

export const linuxProcessesFact = defineFactSource({
  fact: 'processes',
  platform: 'linux',
  probes: ['linux.processes'],
  derive: (raws) => fromOneProbe(raws, 'linux.processes', parseProcessList, (v) => v),
});
