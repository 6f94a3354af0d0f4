import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

export const macosUpdateSettings: ProbeDefinition = {
  id: 'macos.update-settings',
  platform: 'darwin',
  format: 'text',
  command: '/usr/bin/defaults read /Library/Preferences/com.apple.SoftwareUpdate',
  note: 'Automatic update switches (AutomaticCheckEnabled, AutomaticDownload, AutomaticallyInstallMacOSUpdates, CriticalUpdateInstall, ConfigDataInstall) and the last successful check. No rights needed.',
  timeoutMs: 5000,
  run() {
    return runCommand('/usr/bin/defaults', ['read', '/Library/Preferences/com.apple.SoftwareUpdate'], { timeoutMs: this.timeoutMs });
  },
};
