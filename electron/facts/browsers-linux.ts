import type { InstalledBrowser } from '../shared/facts';
import { parseBrowserVersion } from '../parsers/browser-version';
import { parseBrowserVersionList, type BrowserRun } from '../parsers/browser-version-list';
import { defineFactSource } from './fact-source';
import { fromOneProbe } from './raw-helpers';

const PROBE = 'linux.browsers';

/** Name the launcher suggests, for a browser whose --version gave nothing readable. */
function nameFromPath(path: string): InstalledBrowser['name'] {
  if (path.includes('firefox')) return 'firefox';
  if (path.includes('google-chrome')) return 'chrome';
  return 'chromium';
}

/**
 * A launcher that exists but whose version is unreadable stays in the list with an empty version:
 * the browser is there, and the check says it cannot tell rather than skipping it.
 */
function toBrowser(run: BrowserRun): InstalledBrowser {
  const version = run.error ? null : parseBrowserVersion(run.stdout);
  if (version?.ok) return { name: version.value.name, version: version.value.version, location: run.path };
  return { name: nameFromPath(run.path), version: '', location: run.path };
}

export const linuxBrowsers = defineFactSource({
  fact: 'browsers',
  platform: 'linux',
  probes: [PROBE],
  derive(raws) {
    // /usr/bin/firefox is often a link to firefox-esr: one browser, listed once.
    const unique = (list: InstalledBrowser[]): InstalledBrowser[] => list.filter((b, i) => b.version === '' || list.findIndex((o) => o.name === b.name && o.version === b.version) === i);
    return fromOneProbe(raws, PROBE, parseBrowserVersionList, (runs) => ({ browsers: unique(runs.map(toBrowser)) }));
  },
});
