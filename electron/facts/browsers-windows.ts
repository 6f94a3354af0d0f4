import type { InstalledBrowser } from '../shared/facts';
import { readWindowsBrowsers, type WindowsBrowserFile } from '../parsers/windows-browsers';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const PROBES = [INVENTORY] as const;

/**
 * One entry per browser and version: 64- and 32-bit copies of Internet Explorer, or a path found both
 * in Program Files and in App Paths, are the same browser. Firefox ESR is marked "esr" as its
 * --version does elsewhere. Internet Explorer carries whether iexplore.exe runs now.
 */
function toBrowser(file: WindowsBrowserFile, ieRunning: boolean): InstalledBrowser {
  const esr = file.name === 'firefox' && file.channel === 'esr' && file.version !== null ? 'esr' : '';
  const browser: InstalledBrowser = { name: file.name, version: `${file.version ?? ''}${esr}`, location: file.path };
  return file.name === 'ie' ? { ...browser, running: ieRunning } : browser;
}

export const windowsBrowsers = defineFactSource({
  fact: 'browsers',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const section = inventorySection(raws, 'browsers', readWindowsBrowsers);
    if (!section.ok) return unknownFact(PROBES, section.reason);
    const all = section.value.files.map((f) => toBrowser(f, section.value.ieRunning));
    const browsers = all.filter((b, i) => b.version === '' || all.findIndex((o) => o.name === b.name && o.version === b.version) === i);
    return knownFact(PROBES, { browsers });
  },
});
