import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOTFIX_FIELDS } from '../../electron/parsers/hotfix';
import { MP_STATUS_FIELDS } from '../../electron/parsers/mp-computer-status';
import { NET_FIREWALL_PROFILE_FIELDS } from '../../electron/parsers/net-firewall-profile';
import { SECURITY_CENTER_FIELDS } from '../../electron/parsers/security-center-product';
import { BROWSER_FILE_FIELDS, BROWSERS_FIELDS } from '../../electron/parsers/windows-browsers';
import { WINDOWS_OS_FIELDS } from '../../electron/parsers/windows-os';
import { EXPLORER_FIELDS, SMART_SCREEN_FIELDS, UPDATE_SETTINGS_FIELDS } from '../../electron/parsers/windows-settings';
import { PROTECTION_SECTIONS } from '../../electron/probes/windows/sections/protection';
import { windowsProtectionReplayProbes } from '../../electron/probes/windows/replay-files';

/** What each section's parser reads. */
const READS: Record<string, readonly string[]> = {
  defender: MP_STATUS_FIELDS,
  avProducts: SECURITY_CENTER_FIELDS,
  spywareProducts: SECURITY_CENTER_FIELDS,
  firewallProducts: SECURITY_CENTER_FIELDS,
  firewallProfiles: NET_FIREWALL_PROFILE_FIELDS,
  os: WINDOWS_OS_FIELDS,
  hotfixes: HOTFIX_FIELDS,
  updateSettings: UPDATE_SETTINGS_FIELDS,
  explorer: EXPLORER_FIELDS,
  smartScreen: SMART_SCREEN_FIELDS,
  browsers: BROWSERS_FIELDS,
};

/** The properties a script outputs: its Select-Object list, or the keys of its last [pscustomobject]@{ … }. */
function selected(script: string): string[] {
  const select = /Select-Object ([\w, ]+)$/.exec(script);
  if (select) return select[1]!.split(',').map((s) => s.trim());
  const objects = [...script.matchAll(/\[pscustomobject\]@\{([^}]*)\}/g)];
  return [...objects.at(-1)![1]!.matchAll(/(\w+) = /g)].map((m) => m[1]!);
}

const FIXTURES = ['inventory-assembled.en.win11-23h2-pro-defender-on.json', 'inventory-assembled.ja.win10-22h2-home-bitdefender-firewall-off.json', 'inventory-assembled.en.server2016-no-securitycenter.json'];

describe('protection sections of windows.inventory', () => {
  it('have unique keys, one parser each', () => {
    const keys = PROTECTION_SECTIONS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(READS).sort());
  });

  it.each(PROTECTION_SECTIONS.map((s) => [s.key, s] as const))('%s selects exactly what its parser reads', (key, section) => {
    expect(selected(section.script)).toEqual([...READS[key]!]);
  });

  it('browsers builds each file with exactly the properties its parser reads', () => {
    const section = PROTECTION_SECTIONS.find((s) => s.key === 'browsers')!;
    const file = [...section.script.matchAll(/\[pscustomobject\]@\{([^}]*)\}/g)][0]![1]!;
    expect([...file.matchAll(/(\w+) = /g)].map((m) => m[1])).toEqual([...BROWSER_FILE_FIELDS]);
  });

  it.each(FIXTURES)('assembled fixture %s has the shape the sections produce', (file) => {
    const envelope = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/windows', file), 'utf8')) as { sections: Record<string, { ok: boolean; value?: unknown }> };
    for (const [key, section] of Object.entries(envelope.sections)) {
      if (!section.ok || section.value === null) continue;
      const items = Array.isArray(section.value) ? section.value : [section.value];
      for (const item of items as Record<string, unknown>[]) expect(Object.keys(item), `${file} ${key}`).toEqual([...READS[key]!]);
    }
  });

  it('never pass a value into the script from outside: no string interpolation of arguments', () => {
    for (const s of PROTECTION_SECTIONS) expect(s.script, s.key).not.toMatch(/\$args|Invoke-Expression|iex /i);
  });
});

describe('replay-only protection files', () => {
  it('are Windows probes without a run function, named as their files', () => {
    expect(windowsProtectionReplayProbes.map((p) => `${p.id}.${p.format === 'json' ? 'json' : 'txt'}`)).toEqual([
      'windows.netsh-firewall.txt',
      'windows.systeminfo.txt',
      'windows.defender.json',
      'windows.av-products.json',
      'windows.firewall-profiles.json',
      'windows.hotfix.json',
    ]);
    for (const p of windowsProtectionReplayProbes) {
      expect(p.platform).toBe('win32');
      expect(p.run).toBeUndefined();
    }
  });
});
