import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

export const macosSoftwareUpdate: ProbeDefinition = {
  id: 'macos.softwareupdate',
  platform: 'darwin',
  format: 'text',
  command: '/usr/sbin/softwareupdate -l (recorded as stdout followed by stderr, like softwareupdate -l 2>&1)',
  note: 'Asks Apple\'s update server, so it needs the network and can take many seconds; after 20 s it is unknown. "No new software available." comes on stderr, hence both streams are kept. No rights needed.',
  timeoutMs: 20_000,
  async run() {
    const run = await runCommand('/usr/sbin/softwareupdate', ['-l'], { timeoutMs: this.timeoutMs });
    return { ...run, stdout: run.stdout + run.stderr };
  },
};
