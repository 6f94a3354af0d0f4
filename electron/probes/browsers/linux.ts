import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';

/** Where distribution packages, vendor packages and snaps put their launchers. */
export const BROWSER_PATHS = [
  '/usr/bin/firefox',
  '/usr/bin/firefox-esr',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/firefox',
  '/snap/bin/chromium',
] as const;

const PER_BROWSER_MS = 10_000;
const STDOUT_KEEP = 500;

export const linuxBrowserVersions: ProbeDefinition = {
  id: 'linux.browsers',
  platform: 'linux',
  format: 'json',
  command: `<path> --version for each existing path of: ${BROWSER_PATHS.join(', ')}`,
  note: 'Runs each launcher with --version (no window opens), each with its own 10 s timeout, and records [{path, stdout, exitCode, error}]; paths that do not exist are left out. No rights needed.',
  timeoutMs: 15_000,
  async run() {
    const runs = await Promise.all(
      BROWSER_PATHS.map(async (path) => ({ path, run: await runCommand(path, ['--version'], { timeoutMs: PER_BROWSER_MS, maxBuffer: 64 * 1024 }) })),
    );
    const found = runs
      .filter(({ run }) => run.error?.kind !== 'not-found')
      .map(({ path, run }) => ({ path, stdout: run.stdout.slice(0, STDOUT_KEEP), exitCode: run.exitCode, error: run.error ?? null }));
    return { stdout: JSON.stringify(found, null, 2), stderr: '', exitCode: 0 };
  },
};

export const linuxBrowserProbes: readonly ProbeDefinition[] = [linuxBrowserVersions];
