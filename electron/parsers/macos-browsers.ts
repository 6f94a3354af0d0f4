import type { BrowserName, InstalledBrowser } from '../shared/facts';
import { parseBrowserVersionList } from './browser-version-list';
import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** Which app bundle is which browser. */
const BUNDLES: Record<string, BrowserName> = {
  'Safari.app': 'safari',
  'Google Chrome.app': 'chrome',
  'Firefox.app': 'firefox',
  'Microsoft Edge.app': 'edge',
};

const VERSION = /^\d+(\.\d+)*$/;

/**
 * The macos.browsers JSON: `[{path, stdout, exitCode, error}]`, stdout being what
 * `defaults read <app>/Contents/Info.plist CFBundleShortVersionString` printed ("26.6.1").
 * A bundle whose version is unreadable stays in the list with an empty version, so the check
 * says it cannot tell instead of skipping a browser that is there.
 */
export function parseMacosBrowsers(text: string): ParseResult<InstalledBrowser[]> {
  const runs = parseBrowserVersionList(text);
  if (!runs.ok) return runs;
  const browsers: InstalledBrowser[] = [];
  for (const run of runs.value) {
    const app = /^(.*\/([^/]+\.app))\/Contents\/Info\.plist$/.exec(run.path);
    const name = app ? BUNDLES[app[2]!] : undefined;
    if (!app || !name) return notUnderstood(`"${run.path.slice(0, 100)}" is not a browser's Info.plist`);
    const version = run.stdout.trim();
    browsers.push({ name, version: !run.error && run.exitCode === 0 && VERSION.test(version) ? version : '', location: app[1]! });
  }
  return parsed(browsers);
}
