import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

export const linuxClamavVersion: ProbeDefinition = {
  id: 'linux.clamav-version',
  platform: 'linux',
  format: 'text',
  command: '/usr/bin/clamscan --version',
  note: 'Prints the engine version and the daily database version and build time; not-found means ClamAV is not installed.',
  timeoutMs: 5000,
  run() {
    return runCommand('/usr/bin/clamscan', ['--version'], { timeoutMs: this.timeoutMs });
  },
};
