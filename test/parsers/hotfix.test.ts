import { describe, expect, it } from 'vitest';
import { parseHotfixText, readHotfixes } from '../../electron/parsers/hotfix';
import { sectionValue, winFixture } from './windows-fixture';

describe('Get-HotFix / wmic qfe', () => {
  it('reads Get-HotFix | ConvertTo-Json with InstalledOn as {value, DateTime} (real, Server 2022)', () => {
    const r = parseHotfixText(winFixture('get-hotfix-json.en.server2022-aug-2026.json'));
    expect(r.ok && r.value[0]).toEqual({ id: 'KB5120705', description: 'Update', installedOn: '2026-08-12T00:00:00.000Z' });
    expect(r.ok && r.value.length).toBe(5);
  });

  it('reads the wmic qfe table: M/d/yyyy on a zh-CN machine, an empty Caption (real)', () => {
    const r = parseHotfixText(winFixture('wmic-qfe.zh.win11-22621.txt'));
    expect(r).toEqual({
      ok: true,
      value: [
        { id: 'KB5030651', description: 'Update', installedOn: '2023-10-12T00:00:00.000Z' },
        { id: 'KB5012170', description: 'Security Update', installedOn: '2022-12-07T00:00:00.000Z' },
        { id: 'KB5031354', description: 'Security Update', installedOn: '2023-10-12T00:00:00.000Z' },
        { id: 'KB5031592', description: 'Update', installedOn: '2023-10-12T00:00:00.000Z' },
      ],
    });
  });

  it('reads a section with one update written without its array', () => {
    const r = readHotfixes(sectionValue('inventory-assembled.en.server2016-no-securitycenter.json', 'hotfixes'));
    expect(r.ok && r.value).toEqual([{ id: 'KB5120705', description: 'Update', installedOn: '2026-08-12T00:00:00.000Z' }]);
  });

  it('does not understand cut JSON, other text or empty output', () => {
    expect(parseHotfixText(winFixture('get-hotfix-json.en.server2022-aug-2026.json').slice(0, 300))).toMatchObject({ ok: false });
    expect(parseHotfixText(winFixture('netsh-currentprofile.en.win11-public-on.txt'))).toMatchObject({ ok: false });
    expect(parseHotfixText('')).toMatchObject({ ok: false });
  });
});
