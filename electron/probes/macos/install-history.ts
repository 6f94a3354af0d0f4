import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

const HISTORY = '/Library/Receipts/InstallHistory.plist';

/**
 * The file System Information's "Installations" (system_profiler SPInstallHistoryDataType) is made
 * from. plutil prints it as XML whether it is stored as XML or binary.
 */
export const macosInstallHistory: ProbeDefinition = {
  id: 'macos.install-history',
  platform: 'darwin',
  format: 'text',
  command: `/usr/bin/plutil -convert xml1 -o - ${HISTORY}`,
  note: 'Every install with its date: macOS updates, XProtect / XProtect Remediator / MRT / Gatekeeper data, apps. Readable without rights.',
  timeoutMs: 10_000,
  run() {
    return runCommand('/usr/bin/plutil', ['-convert', 'xml1', '-o', '-', HISTORY], { timeoutMs: this.timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  },
};
