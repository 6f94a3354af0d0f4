import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

export const macosProcesses: ProbeDefinition = {
  id: 'macos.processes',
  platform: 'darwin',
  format: 'text',
  command: '/bin/ps -axww -o pid=,user=,comm=',
  note: 'Every process with its user and the path it was started from (-ww: never cut to the terminal width). No command-line arguments are recorded. No rights needed.',
  timeoutMs: 10_000,
  run() {
    return runCommand('/bin/ps', ['-axww', '-o', 'pid=,user=,comm='], { timeoutMs: this.timeoutMs });
  },
};
