import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

export const macosGatekeeper: ProbeDefinition = {
  id: 'macos.gatekeeper',
  platform: 'darwin',
  format: 'text',
  command: '/usr/sbin/spctl --status (stdout followed by stderr)',
  note: 'Prints "assessments enabled" or "assessments disabled" and exits 1 when disabled; some versions print on stderr, hence both streams. No rights needed.',
  timeoutMs: 5000,
  async run() {
    const run = await runCommand('/usr/sbin/spctl', ['--status'], { timeoutMs: this.timeoutMs });
    return { ...run, stdout: run.stdout + run.stderr };
  },
};
