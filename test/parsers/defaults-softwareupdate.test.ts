import { describe, expect, it } from 'vitest';
import { parseDefaultsSoftwareUpdate } from '../../electron/parsers/defaults-softwareupdate';
import { macosFixture } from '../support/macos-fixtures';

describe('defaults read /Library/Preferences/com.apple.SoftwareUpdate', () => {
  it('reads YES and 1/0 switches, the last check and the recommended count, skipping nested lists', () => {
    expect(parseDefaultsSoftwareUpdate(macosFixture('defaults.en.softwareupdate-catalina-10.15.7-auto-off-2021.txt'))).toEqual({
      ok: true,
      value: {
        automaticCheck: true,
        automaticDownload: true,
        installMacOSUpdates: false,
        criticalUpdateInstall: false,
        configDataInstall: false,
        lastSuccessfulCheckAt: '2021-02-23T07:52:51.000Z',
        recommendedUpdatesAvailable: 3,
      },
    });
  });

  it('leaves switches that are not in the file as null (an indented paste)', () => {
    expect(parseDefaultsSoftwareUpdate(macosFixture('defaults.en.softwareupdate-catalina-10.15.7-no-auto-keys-2020.txt'))).toEqual({
      ok: true,
      value: {
        automaticCheck: null,
        automaticDownload: null,
        installMacOSUpdates: true,
        criticalUpdateInstall: null,
        configDataInstall: null,
        lastSuccessfulCheckAt: '2020-10-10T14:14:38.000Z',
        recommendedUpdatesAvailable: 0,
      },
    });
  });

  it('reads a Sequoia file with nested dictionaries of update dates', () => {
    expect(parseDefaultsSoftwareUpdate(macosFixture('defaults.en.softwareupdate-sequoia-2026-09-trimmed.txt'))).toMatchObject({
      ok: true,
      value: { automaticCheck: true, automaticDownload: true, installMacOSUpdates: true, criticalUpdateInstall: true, configDataInstall: null, lastSuccessfulCheckAt: null, recommendedUpdatesAvailable: 1 },
    });
  });

  it('refuses grep lines without the braces, a cut file and empty output', () => {
    expect(parseDefaultsSoftwareUpdate(macosFixture('defaults.en.softwareupdate-grep-true-false-excerpt.txt'))).toMatchObject({ ok: false });
    const full = macosFixture('defaults.en.softwareupdate-catalina-10.15.7-auto-off-2021.txt');
    expect(parseDefaultsSoftwareUpdate(full.slice(0, full.indexOf('RecommendedUpdates')))).toMatchObject({ ok: false, reason: expect.stringContaining('cut off') });
    expect(parseDefaultsSoftwareUpdate('')).toMatchObject({ ok: false });
  });
});
