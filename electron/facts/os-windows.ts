import type { OsFacts } from '../shared/facts';
import { parsed, type ParseResult } from '../parsers/parse-result';
import { parseSystemInfo } from '../parsers/systeminfo';
import { readWindowsOs } from '../parsers/windows-os';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY } from './windows-inventory';
import { sectionOrFiles } from './windows-read';

const SYSTEMINFO_FILE = 'windows.systeminfo';
const PROBES = [INVENTORY, SYSTEMINFO_FILE] as const;

/**
 * The support-data family of an edition. signatures/os-support.json keys Windows by build for Home
 * and Pro (Pro Education and Pro for Workstations follow them); Enterprise and Education get a year
 * more per feature update, LTSC and Server have their own calendars. Those get their own id, so a
 * look-up finds no Home/Pro row and says "not in the support data" rather than a wrong date.
 */
export function windowsFamily(name: string, editionId: string | null): string {
  const edition = `${name} ${editionId ?? ''}`;
  if (/server/i.test(edition)) return 'windows-server';
  if (/\bLTS[BC]\b|EnterpriseS\b/i.test(edition)) return 'windows-ltsc';
  if (/enterprise/i.test(edition)) return 'windows-enterprise';
  if (/education/i.test(edition) && !/pro(fessional)?\s*education/i.test(edition)) return 'windows-enterprise';
  return 'windows';
}

function fact(name: string, build: string, displayVersion: string | null, ubr: number | null, editionId: string | null): OsFacts {
  const shortName = name.replace(/^Microsoft\s+/i, '').trim();
  const buildText = ubr === null ? build : `${build}.${ubr}`;
  const prettyName = `${shortName}${displayVersion ? ` ${displayVersion}` : ''} (build ${buildText})`;
  const id = windowsFamily(shortName, editionId);
  return { id, versionId: build, prettyName, like: id === 'windows' ? [] : ['windows'] };
}

function fromSection(value: unknown): ParseResult<OsFacts> {
  const r = readWindowsOs(value);
  return r.ok ? parsed(fact(r.value.caption, r.value.build, r.value.displayVersion, r.value.ubr, r.value.editionId)) : r;
}

/** systeminfo has neither the feature-update name (23H2) nor the patch level. */
function fromSystemInfo(text: string): ParseResult<OsFacts> {
  const r = parseSystemInfo(text);
  return r.ok ? parsed(fact(r.value.osName, r.value.build, null, null, null)) : r;
}

export const windowsOs = defineFactSource({
  fact: 'os',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const os = sectionOrFiles(raws, 'os', fromSection, [{ probeId: SYSTEMINFO_FILE, parse: fromSystemInfo }]);
    return os.ok ? knownFact(PROBES, os.value) : unknownFact(PROBES, os.reason);
  },
});
