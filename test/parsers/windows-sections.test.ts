import { describe, expect, it } from 'vitest';
import { readWindowsBrowsers } from '../../electron/parsers/windows-browsers';
import { readWindowsOs } from '../../electron/parsers/windows-os';
import { readExplorerSettings, readSmartScreenSettings, readUpdateSettings } from '../../electron/parsers/windows-settings';
import { sectionValue } from './windows-fixture';

const WIN11 = 'inventory-assembled.en.win11-23h2-pro-defender-on.json';
const WIN10 = 'inventory-assembled.ja.win10-22h2-home-bitdefender-firewall-off.json';
const SERVER = 'inventory-assembled.en.server2016-no-securitycenter.json';

describe('os section', () => {
  it('reads caption, build, feature update, patch level and last start', () => {
    expect(readWindowsOs(sectionValue(WIN11, 'os'))).toEqual({
      ok: true,
      value: { caption: 'Microsoft Windows 11 Pro', version: '10.0.22631', build: '22631', architecture: '64-bit', lastBootAt: '2024-04-14T04:07:47.000Z', displayVersion: '23H2', ubr: 3447, editionId: 'Professional' },
    });
  });

  it('falls back to ReleaseId before Windows 10 20H2 had DisplayVersion', () => {
    const r = readWindowsOs(sectionValue(SERVER, 'os'));
    expect(r.ok && r.value.displayVersion).toBe('1607');
  });

  it('does not understand an object without a build', () => {
    expect(readWindowsOs({ Caption: 'Microsoft Windows 11 Pro' })).toMatchObject({ ok: false });
  });
});

describe('settings sections', () => {
  it('reads HideFileExt, null when not set', () => {
    expect(readExplorerSettings(sectionValue(WIN11, 'explorer'))).toEqual({ ok: true, value: { hideFileExt: 1 } });
    expect(readExplorerSettings(sectionValue(SERVER, 'explorer'))).toEqual({ ok: true, value: { hideFileExt: null } });
  });

  it('reads the SmartScreen policy and the Windows Security switch', () => {
    expect(readSmartScreenSettings(sectionValue(WIN10, 'smartScreen'))).toEqual({ ok: true, value: { policyEnabled: 0, policyLevel: null, explorerSetting: 'Warn' } });
    expect(readSmartScreenSettings(sectionValue(SERVER, 'smartScreen'))).toEqual({ ok: true, value: { policyEnabled: 1, policyLevel: 'Block', explorerSetting: null } });
  });

  it("reads restart keys, policies, a pause and the Windows Update Agent's last search", () => {
    expect(readUpdateSettings(sectionValue(WIN10, 'updateSettings'))).toEqual({
      ok: true,
      value: { rebootRequired: true, rebootPending: false, noAutoUpdate: null, auOptions: null, pausedUntil: '2026-12-09T10:00:00.000Z', serviceStart: 3, lastSearchAt: null },
    });
    const r = readUpdateSettings(sectionValue(WIN11, 'updateSettings'));
    expect(r.ok && r.value.lastSearchAt).toBe('2023-10-13T00:00:00.000Z');
    expect(readUpdateSettings({ RebootRequired: 'maybe', RebootPending: false })).toMatchObject({ ok: false });
  });
});

describe('browsers section', () => {
  it('reads files and whether iexplore.exe runs', () => {
    const r = readWindowsBrowsers(sectionValue(WIN11, 'browsers'));
    expect(r.ok && r.value.files.map((f) => [f.name, f.version])).toEqual([['edge', '142.0.3595.94'], ['ie', '11.00.22621.1'], ['ie', '11.00.22621.1']]);
    expect(r.ok && r.value.ieRunning).toBe(false);
  });

  it('reads the shapes PowerShell 5.1 gives a list: "" for none, {value, Count} for a wrapped array', () => {
    expect(readWindowsBrowsers(sectionValue(WIN10, 'browsers'))).toEqual({ ok: true, value: { files: [], ieRunning: true } });
    const r = readWindowsBrowsers(sectionValue(SERVER, 'browsers'));
    expect(r.ok && r.value.files).toEqual([{ name: 'firefox', path: 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', version: '140.5.0', channel: 'esr' }]);
  });

  it('does not understand an unknown browser name', () => {
    expect(readWindowsBrowsers({ Files: [{ Name: 'opera', Path: 'C:\\x.exe' }], IeRunning: false })).toMatchObject({ ok: false });
  });
});
