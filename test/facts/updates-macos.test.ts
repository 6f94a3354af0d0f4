import { describe, expect, it } from 'vitest';
import { macosPackageUpdates } from '../../electron/facts/package-updates-macos';
import { macosUpdateHistory } from '../../electron/facts/update-history-macos';
import { macosUpdateSettings } from '../../electron/facts/update-settings-macos';
import { failed, macosFixture, raw, rawSet } from '../support/macos-fixtures';

const ctx = { platform: 'darwin' as const, capturedAt: new Date('2023-10-04T12:00:00Z') };
const venturaList = raw('macos.softwareupdate', macosFixture('softwareupdate.en.list-ventura-3-updates-incl-sonoma-major.txt'));
const ventura = raw('macos.sw-vers', macosFixture('sw_vers.en.13.5.1-ventura-notebook-indented-ja-page.txt'));
const none = raw('macos.softwareupdate', macosFixture('softwareupdate.en.list-no-new-software-prompt.txt'));
const prefsOff = raw('macos.update-settings', macosFixture('defaults.en.softwareupdate-catalina-10.15.7-auto-off-2021.txt'));
const prefsOn = raw('macos.update-settings', macosFixture('defaults.en.softwareupdate-sequoia-2026-09-trimmed.txt'));

describe('pending updates on macOS (softwareupdate -l)', () => {
  it('counts the running major\'s point update and Safari as security, not the upgrade to the next major', () => {
    expect(macosPackageUpdates.derive(rawSet(venturaList, ventura), ctx)).toEqual({
      ok: true,
      probes: ['macos.softwareupdate', 'macos.sw-vers'],
      value: { manager: 'softwareupdate', pending: 3, security: 2, names: ['Safari 17.0', 'macOS Ventura 13.6 (restart)', 'macOS Sonoma 14.0 (restart)'] },
    });
  });

  it('cannot class a macOS item without the running version: security is null', () => {
    expect(macosPackageUpdates.derive(rawSet(venturaList), ctx)).toMatchObject({ ok: true, value: { pending: 3, security: null } });
  });

  it('old format: Safari counts, developer tools and iTunes do not', () => {
    const r = macosPackageUpdates.derive(rawSet(raw('macos.softwareupdate', macosFixture('softwareupdate.en.list-mavericks-old-format-recommended.txt'))), ctx);
    expect(r).toMatchObject({ ok: true, value: { pending: 5, security: 1 } });
  });

  it('nothing pending, or unknown when softwareupdate timed out (it needs the network)', () => {
    expect(macosPackageUpdates.derive(rawSet(none, ventura), ctx)).toMatchObject({ ok: true, value: { pending: 0, security: 0, names: [] } });
    expect(macosPackageUpdates.derive(rawSet(failed('macos.softwareupdate', 'timeout'), ventura), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
  });
});

describe('update history on macOS', () => {
  const history = (name: string) => raw('macos.install-history', macosFixture(name));

  it('takes the newest macOS install and the last successful check', () => {
    expect(macosUpdateHistory.derive(rawSet(history('InstallHistory.en.mavericks-2013-plaso-test-data.xml'), prefsOff), ctx)).toEqual({
      ok: true,
      probes: ['macos.install-history', 'macos.update-settings'],
      value: { lastUpgradeAt: '2013-11-12T02:59:35.000Z', listsRefreshedAt: '2021-02-23T07:52:51.000Z' },
    });
  });

  it('has no upgrade when the history holds only data and app installs; no check time without the preferences', () => {
    expect(macosUpdateHistory.derive(rawSet(history('InstallHistory.en.catalina-2019-xprotect-clt-chef-spec.xml')), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: null, listsRefreshedAt: null } });
  });

  it('is unknown without a readable history', () => {
    expect(macosUpdateHistory.derive(rawSet(failed('macos.install-history', 'missing'), prefsOff), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    expect(macosUpdateHistory.derive(rawSet(raw('macos.install-history', '<plist version="1.0">\n<array>'), prefsOff), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});

describe('update settings on macOS', () => {
  it('automatic updates off when one switch is off; a restart-needing update is waiting', () => {
    expect(macosUpdateSettings.derive(rawSet(prefsOff, venturaList), ctx)).toEqual({
      ok: true,
      probes: ['macos.update-settings', 'macos.softwareupdate'],
      value: {
        automaticUpdates: false,
        restartPending: true,
        detail: [
          {
            setting: 'automaticUpdates',
            text: {
              en: 'AutomaticCheckEnabled = on, AutomaticDownload = on, AutomaticallyInstallMacOSUpdates = off, CriticalUpdateInstall = off, ConfigDataInstall = off',
              ja: 'AutomaticCheckEnabled = オン、AutomaticDownload = オン、AutomaticallyInstallMacOSUpdates = オフ、CriticalUpdateInstall = オフ、ConfigDataInstall = オフ',
            },
          },
          { setting: 'restart', text: { en: 'waiting for a restart: macOS Ventura 13.6, macOS Sonoma 14.0', ja: '再起動待ち: macOS Ventura 13.6、macOS Sonoma 14.0' } },
        ],
      },
    });
  });

  it('a switch absent from the file leaves the answer open; nothing pending means no restart waiting', () => {
    expect(macosUpdateSettings.derive(rawSet(prefsOn, none), ctx)).toMatchObject({ ok: true, value: { automaticUpdates: null, restartPending: false } });
  });

  it('is unknown only when neither source is readable', () => {
    expect(macosUpdateSettings.derive(rawSet(failed('macos.update-settings', 'failed'), failed('macos.softwareupdate', 'timeout')), ctx)).toMatchObject({ ok: false });
    expect(macosUpdateSettings.derive(rawSet(failed('macos.update-settings', 'failed'), none), ctx)).toMatchObject({ ok: true, value: { automaticUpdates: null, restartPending: false } });
  });
});
