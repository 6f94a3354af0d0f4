import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

export const macosSwVers: ProbeDefinition = {
  id: 'macos.sw-vers',
  platform: 'darwin',
  format: 'text',
  command: '/usr/bin/sw_vers',
  note: 'Product name, version (ProductVersionExtra "(a)" while a Rapid Security Response is installed) and build. No rights needed.',
  timeoutMs: 5000,
  run() {
    return runCommand('/usr/bin/sw_vers', [], { timeoutMs: this.timeoutMs });
  },
};
