import type { SoftwareUpdateItem } from '../parsers/softwareupdate';
import { parseSoftwareUpdateList } from '../parsers/softwareupdate';
import { parseSwVers } from '../parsers/sw-vers';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact, unknownFact } from './raw-helpers';

const LIST = 'macos.softwareupdate';
const VERS = 'macos.sw-vers';
const PROBES = [LIST, VERS] as const;
const NAMES_KEPT = 10;

/** "10.15" for 10.x releases, the first number from macOS 11 on. */
function major(version: string): string {
  const parts = version.split('.');
  return parts[0] === '10' ? parts.slice(0, 2).join('.') : parts[0]!;
}

const OS_TITLE = /^(macOS|OS X|Mac OS X)\b/;
const SECURITY_TITLE = /Security (Update|Response)|Background Security/i;

/**
 * Which pending items are security updates. Apple ships its security fixes in macOS point releases,
 * Safari releases and Security Responses, and lists every one of them on its security releases page;
 * an upgrade to the next major macOS is offered beside them and is not counted (UPD-001 says when
 * the running major stops getting fixes). Telling an update from an upgrade needs the running
 * version; without it a macOS item cannot be classed and the count is null.
 */
function isSecurity(item: SoftwareUpdateItem, runningMajor: string | null): boolean | null {
  const text = `${item.title} ${item.label}`;
  if (SECURITY_TITLE.test(text)) return true;
  if (/^Safari\b/.test(item.title)) return true;
  if (!OS_TITLE.test(item.title)) return false;
  const version = item.version ?? /\b(\d+(?:\.\d+)+)\b/.exec(item.title)?.[1] ?? null;
  if (!version || !runningMajor) return null;
  return major(version) === runningMajor;
}

export const macosPackageUpdates = defineFactSource({
  fact: 'packageUpdates',
  platform: 'darwin',
  probes: PROBES,
  derive(raws) {
    const list = readProbe(raws, LIST, parseSoftwareUpdateList);
    if (!list.ok) return unknownFact(PROBES, list.reason);
    const vers = readProbe(raws, VERS, parseSwVers);
    const running = vers.ok ? major(vers.value.productVersion) : null;
    const items = list.value.items.map((item) => ({ item, security: isSecurity(item, running) }));
    const security = items.some((i) => i.security === null) ? null : items.filter((i) => i.security).length;
    const shown = [...items.filter((i) => i.security), ...items.filter((i) => !i.security)].slice(0, NAMES_KEPT);
    return knownFact(PROBES, {
      manager: 'softwareupdate',
      pending: items.length,
      security,
      names: shown.map(({ item }) => `${item.title}${item.version && !item.title.includes(item.version) ? ` ${item.version}` : ''}${item.restart ? ' (restart)' : ''}`),
    });
  },
});
