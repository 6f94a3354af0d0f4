import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

const SOCKETFILTERFW = '/usr/libexec/ApplicationFirewall/socketfilterfw';

export const macosAlf: ProbeDefinition = {
  id: 'macos.alf',
  platform: 'darwin',
  format: 'text',
  command: `${SOCKETFILTERFW} --getglobalstate`,
  note: 'Application Firewall state: 0 off, 1 on, 2 only essential services. No rights needed to read.',
  timeoutMs: 5000,
  run() {
    return runCommand(SOCKETFILTERFW, ['--getglobalstate'], { timeoutMs: this.timeoutMs });
  },
};

export const macosAlfStealth: ProbeDefinition = {
  id: 'macos.alf-stealth',
  platform: 'darwin',
  format: 'text',
  command: `${SOCKETFILTERFW} --getstealthmode`,
  note: 'Whether the firewall also ignores probes (ping, closed ports). Shown as detail only. No rights needed to read.',
  timeoutMs: 5000,
  run() {
    return runCommand(SOCKETFILTERFW, ['--getstealthmode'], { timeoutMs: this.timeoutMs });
  },
};
