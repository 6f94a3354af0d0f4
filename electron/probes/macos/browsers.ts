import { stat } from 'node:fs/promises';
import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

/** Where the browsers' installers put them; Safari lives here too since macOS 11. */
const APPS = ['/Applications/Safari.app', '/Applications/Google Chrome.app', '/Applications/Firefox.app', '/Applications/Microsoft Edge.app'] as const;

const PER_BROWSER_MS = 5000;
const STDOUT_KEEP = 500;

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export const macosBrowserVersions: ProbeDefinition = {
  id: 'macos.browsers',
  platform: 'darwin',
  format: 'json',
  command: `/usr/bin/defaults read <app>/Contents/Info.plist CFBundleShortVersionString for each existing app of: ${APPS.join(', ')}`,
  note: 'Records [{path, stdout, exitCode, error}] for each browser whose Info.plist exists; apps not installed are left out. No rights needed.',
  timeoutMs: 15_000,
  async run() {
    const plists = APPS.map((app) => `${app}/Contents/Info.plist`);
    const found = [];
    for (const path of plists) {
      if (!(await exists(path))) continue;
      const run = await runCommand('/usr/bin/defaults', ['read', path, 'CFBundleShortVersionString'], { timeoutMs: PER_BROWSER_MS, maxBuffer: 64 * 1024 });
      found.push({ path, stdout: run.stdout.slice(0, STDOUT_KEEP), exitCode: run.exitCode, error: run.error ?? null });
    }
    return { stdout: JSON.stringify(found, null, 2), stderr: '', exitCode: 0 };
  },
};
