import { describe, expect, it } from 'vitest';
import { windowsAntivirus } from '../../electron/facts/antivirus-windows';
import { windowsBrowsers } from '../../electron/facts/browsers-windows';
import { windowsFirewall } from '../../electron/facts/firewall-windows';
import { windowsFamily, windowsOs } from '../../electron/facts/os-windows';
import { windowsSecuritySettings } from '../../electron/facts/security-settings-windows';
import { windowsUpdateHistory } from '../../electron/facts/update-history-windows';
import { windowsUpdateSettings } from '../../electron/facts/update-settings-windows';
import type { RawOutput } from '../../electron/shared/types';
import { winFixture } from '../parsers/windows-fixture';
import { failed, raw, rawSet } from './update-raw-helpers';

const WIN11 = 'inventory-assembled.en.win11-23h2-pro-defender-on.json';
const WIN10 = 'inventory-assembled.ja.win10-22h2-home-bitdefender-firewall-off.json';
const SERVER = 'inventory-assembled.en.server2016-no-securitycenter.json';
const ctx = { platform: 'win32' as const, capturedAt: new Date('2026-11-25T00:00:00Z') };

const inventory = (file: string): RawOutput => raw('windows.inventory', winFixture(file), { format: 'json' });
/** A helpdesk folder: no inventory, only the files named. */
const handMade = (files: Record<string, string>) =>
  rawSet(failed('windows.inventory', 'missing'), ...Object.entries(files).map(([id, file]) => raw(id, winFixture(file))));
/** The same envelope with one section replaced. */
function patched(file: string, key: string, section: unknown): RawOutput {
  const envelope = JSON.parse(winFixture(file)) as { sections: Record<string, unknown> };
  envelope.sections[key] = section;
  return raw('windows.inventory', JSON.stringify(envelope), { format: 'json' });
}

describe('antivirus on Windows', () => {
  it('takes Defender from Get-MpComputerStatus and drops its Security Center duplicate', () => {
    const fact = windowsAntivirus.derive(rawSet(inventory(WIN11)), ctx);
    expect(fact).toMatchObject({ ok: true, value: { products: [{ name: 'Microsoft Defender Antivirus', enabled: true, realTime: true, signaturesUpdatedAt: '2026-08-24T20:41:36.000Z', signaturesUpToDate: true, signatureVersion: '1.457.328.0' }] } });
    expect(fact.ok && fact.value.products).toHaveLength(1);
  });

  it('reads a third-party product and a switched-off Defender from Security Center when Get-MpComputerStatus fails', () => {
    const fact = windowsAntivirus.derive(rawSet(inventory(WIN10)), ctx);
    expect(fact.ok && fact.value.products.map((p) => [p.name, p.enabled, p.realTime, p.signaturesUpToDate])).toEqual([
      ['Bitdefender Antivirus', true, true, true],
      ['Microsoft Defender Antivirus', false, false, true],
    ]);
  });

  it('on Windows Server (no Security Center) knows Defender when it protects', () => {
    const fact = windowsAntivirus.derive(rawSet(inventory(SERVER)), ctx);
    expect(fact.ok && fact.value.products.map((p) => [p.name, p.realTime, p.signaturesUpToDate])).toEqual([['Microsoft Defender Antivirus', true, false]]);
  });

  it('is unknown when Defender is passive and Security Center cannot say who protects', () => {
    const passive = patched(SERVER, 'defender', { ok: true, value: { AMServiceEnabled: true, AntivirusEnabled: true, RealTimeProtectionEnabled: true, AMRunningMode: 'Passive Mode', AntivirusSignatureLastUpdated: null, AntivirusSignatureAge: 4294967295, AntivirusSignatureVersion: '0.0.0.0', DefenderSignaturesOutOfDate: null, IsTamperProtected: null, AMEngineVersion: null } });
    expect(windowsAntivirus.derive(rawSet(passive), ctx)).toMatchObject({ ok: false, reason: { kind: 'failed', text: { en: expect.stringContaining('Invalid namespace') } } });
  });

  it('reads the hand-made files, plain lists included; a date from the age when the list has none', () => {
    const fact = windowsAntivirus.derive(handMade({ 'windows.defender': 'defender.en.service-not-running.txt', 'windows.av-products': 'securitycenter2-antivirus-cim.en.bitdefender-266240-defender-393472.txt' }), ctx);
    expect(fact.ok && fact.value.products.map((p) => [p.name, p.enabled])).toEqual([['Microsoft Defender Antivirus', false], ['Bitdefender Antivirus', true]]);
    const stale = windowsAntivirus.derive(handMade({ 'windows.defender': 'defender.en.stale-1703d-rtp-on.txt' }), ctx);
    expect(stale.ok && stale.value.products[0]!.signaturesUpdatedAt).toBe('2021-03-15T23:21:23.000Z');
  });

  it('is unknown when neither source is there', () => {
    expect(windowsAntivirus.derive(handMade({}), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});

describe('firewall on Windows', () => {
  it('merges the three profiles into one layer; NotConfigured is the Windows default and said so', () => {
    const fact = windowsFirewall.derive(rawSet(inventory(WIN11)), ctx);
    expect(fact).toMatchObject({ ok: true, value: { layers: [{ name: 'Windows Defender Firewall', active: true, blocksInboundByDefault: true }] } });
    expect(fact.ok && fact.value.layers[0]!.detail).toContain('NotConfigured = Enabled=True DefaultInboundAction=Block');
  });

  it('lists another vendor\'s firewall as a layer whose inbound default is not known', () => {
    const fact = windowsFirewall.derive(rawSet(inventory(WIN10)), ctx);
    expect(fact.ok && fact.value.layers.map((l) => [l.name, l.active, l.blocksInboundByDefault])).toEqual([
      ['Windows Defender Firewall', false, false],
      ['Sophos Intercept X', true, null],
    ]);
  });

  it('is unknown when a profile is off and Security Center cannot be read (Windows Server)', () => {
    const fact = windowsFirewall.derive(rawSet(inventory(SERVER)), ctx);
    expect(fact).toMatchObject({ ok: false, reason: { text: { en: expect.stringContaining('Public Enabled=False') } } });
  });

  it('reads netsh from a helpdesk folder: all profiles on and blocking', () => {
    const fact = windowsFirewall.derive(handMade({ 'windows.netsh-firewall': 'netsh-allprofiles.en.server-all-on-chaps-log-prefix-stripped.txt' }), ctx);
    expect(fact).toMatchObject({ ok: true, value: { layers: [{ active: true, blocksInboundByDefault: true }] } });
  });

  it('cannot say it blocks when only the current profile was sent', () => {
    const fact = windowsFirewall.derive(handMade({ 'windows.netsh-firewall': 'netsh-currentprofile.en.win11-public-on.txt' }), ctx);
    expect(fact).toMatchObject({ ok: true, value: { layers: [{ active: true, blocksInboundByDefault: null, detail: expect.stringContaining('Domain=?') }] } });
  });

  it('prefers the profile list to netsh and reads its plain form (real: all off)', () => {
    const fact = windowsFirewall.derive(handMade({ 'windows.firewall-profiles': 'get-netfirewallprofile.en.all-disabled.txt', 'windows.netsh-firewall': 'netsh-allprofiles.en.server-all-on-chaps-log-prefix-stripped.txt' }), ctx);
    expect(fact).toMatchObject({ ok: true, value: { layers: [{ active: false, blocksInboundByDefault: false }] } });
  });
});

describe('OS on Windows', () => {
  it('names build, feature update and patch level', () => {
    expect(windowsOs.derive(rawSet(inventory(WIN11)), ctx)).toMatchObject({ ok: true, value: { id: 'windows', versionId: '22631', prettyName: 'Windows 11 Pro 23H2 (build 22631.3447)', like: [] } });
    expect(windowsOs.derive(rawSet(inventory(WIN10)), ctx)).toMatchObject({ ok: true, value: { id: 'windows', versionId: '19045', prettyName: 'Windows 10 Home 22H2 (build 19045.6456)' } });
    expect(windowsOs.derive(rawSet(inventory(SERVER)), ctx)).toMatchObject({ ok: true, value: { id: 'windows-server', versionId: '14393', like: ['windows'] } });
  });

  it('reads systeminfo from a helpdesk folder', () => {
    expect(windowsOs.derive(handMade({ 'windows.systeminfo': 'systeminfo.ja.win11-22000-excerpt.txt' }), ctx)).toMatchObject({ ok: true, value: { id: 'windows', versionId: '22000', prettyName: 'Windows 11 Pro (build 22000)' } });
    expect(windowsOs.derive(handMade({ 'windows.systeminfo': 'systeminfo.ja.win11-22000-excerpt.cp932-bytes-read-as-utf8.txt' }), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });

  it.each([
    ['Windows 11 Home', 'Core', 'windows'],
    ['Windows 11 Pro Education', 'ProfessionalEducation', 'windows'],
    ['Windows 11 Pro for Workstations', 'ProfessionalWorkstation', 'windows'],
    ['Windows 11 Education', 'Education', 'windows-enterprise'],
    ['Windows 11 Enterprise', 'Enterprise', 'windows-enterprise'],
    ['Windows 10 Enterprise LTSC 2021', 'EnterpriseS', 'windows-ltsc'],
    ['Windows 10 IoT Enterprise LTSC 2021', 'IoTEnterpriseS', 'windows-ltsc'],
    ['Windows Server 2022 Standard', 'ServerStandard', 'windows-server'],
  ])('%s (%s) is %s', (name, edition, id) => expect(windowsFamily(name, edition)).toBe(id));
});

describe('updates on Windows', () => {
  it('last upgrade is the newest hotfix day; lists refreshed is the last Windows Update search', () => {
    expect(windowsUpdateHistory.derive(rawSet(inventory(WIN11)), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: '2023-10-12T00:00:00.000Z', listsRefreshedAt: '2023-10-13T00:00:00.000Z' } });
    expect(windowsUpdateHistory.derive(rawSet(inventory(WIN10)), ctx)).toMatchObject({ ok: false, reason: { kind: 'permission' } });
    expect(windowsUpdateHistory.derive(handMade({ 'windows.hotfix': 'wmic-qfe.zh.win11-22621.txt' }), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: '2023-10-12T00:00:00.000Z', listsRefreshedAt: null } });
  });

  it('restart pending and automatic updates: default, paused, turned off by policy', () => {
    expect(windowsUpdateSettings.derive(rawSet(inventory(WIN11)), ctx)).toMatchObject({ ok: true, value: { automaticUpdates: true, restartPending: false } });
    const win10 = windowsUpdateSettings.derive(rawSet(inventory(WIN10)), ctx);
    expect(win10).toMatchObject({ ok: true, value: { automaticUpdates: false, restartPending: true } });
    expect(win10.ok && win10.value.detail).toEqual([
      { setting: 'automaticUpdates', text: { en: 'PauseUpdatesExpiryTime = 2026-12-09', ja: 'PauseUpdatesExpiryTime = 2026-12-09' } },
      { setting: 'restart', text: { en: 'RebootRequired key present', ja: 'RebootRequired キーあり' } },
      { setting: 'restart', text: { en: 'LastBootUpTime = 2021-12-15', ja: 'LastBootUpTime = 2021-12-15' } },
    ]);
    expect(windowsUpdateSettings.derive(rawSet(inventory(WIN10)), { ...ctx, capturedAt: new Date('2026-12-20T00:00:00Z') })).toMatchObject({ ok: true, value: { automaticUpdates: true } });
    expect(windowsUpdateSettings.derive(rawSet(inventory(SERVER)), ctx)).toMatchObject({
      ok: true,
      value: {
        automaticUpdates: false,
        restartPending: true,
        detail: [
          { setting: 'automaticUpdates', text: { en: 'policy NoAutoUpdate = 1', ja: 'ポリシーで NoAutoUpdate = 1' } },
          { setting: 'restart', text: { en: 'RebootPending key present', ja: 'RebootPending キーあり' } },
          { setting: 'restart', text: { en: 'LastBootUpTime = 2026-08-12', ja: 'LastBootUpTime = 2026-08-12' } },
        ],
      },
    });
    expect(windowsUpdateSettings.derive(handMade({}), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});

describe('browsers and settings on Windows', () => {
  it('lists each browser once, IE with whether it runs, Firefox ESR marked', () => {
    expect(windowsBrowsers.derive(rawSet(inventory(WIN11)), ctx)).toMatchObject({
      ok: true,
      value: { browsers: [{ name: 'edge', version: '142.0.3595.94' }, { name: 'ie', version: '11.00.22621.1', running: false, location: 'C:\\Program Files\\Internet Explorer\\iexplore.exe' }] },
    });
    expect(windowsBrowsers.derive(rawSet(inventory(SERVER)), ctx)).toMatchObject({ ok: true, value: { browsers: [{ name: 'firefox', version: '140.5.0esr' }] } });
  });

  it('file extensions and SmartScreen: set, policy, Windows defaults', () => {
    expect(windowsSecuritySettings.derive(rawSet(inventory(WIN11)), ctx)).toMatchObject({
      ok: true,
      value: {
        fileExtensionsHidden: true,
        smartScreen: 'warn',
        detail: [
          { setting: 'fileExtensions', text: { en: 'HideFileExt = 1', ja: 'HideFileExt = 1' } },
          { setting: 'smartScreen', text: { en: 'SmartScreenEnabled = Warn', ja: 'SmartScreenEnabled = Warn' } },
        ],
      },
    });
    expect(windowsSecuritySettings.derive(rawSet(inventory(WIN10)), ctx)).toMatchObject({ ok: true, value: { fileExtensionsHidden: false, smartScreen: 'off' } });
    expect(windowsSecuritySettings.derive(rawSet(inventory(SERVER)), ctx)).toMatchObject({
      ok: true,
      value: {
        fileExtensionsHidden: true,
        smartScreen: 'block',
        detail: [
          { setting: 'fileExtensions', text: { en: 'HideFileExt not set (Windows default: hidden)', ja: 'HideFileExt は未設定 (Windows の既定: 非表示)' } },
          { setting: 'smartScreen', text: { en: 'policy EnableSmartScreen = 1, ShellSmartScreenLevel = Block', ja: 'ポリシーで EnableSmartScreen = 1、ShellSmartScreenLevel = Block' } },
        ],
      },
    });
  });

  it('one unreadable section leaves its field null with the reason', () => {
    const fact = windowsSecuritySettings.derive(rawSet(patched(WIN11, 'explorer', { ok: false, error: 'Access is denied' })), ctx);
    expect(fact).toMatchObject({ ok: true, value: { fileExtensionsHidden: null, smartScreen: 'warn' } });
  });
});
