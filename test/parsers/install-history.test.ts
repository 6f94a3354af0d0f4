import { describe, expect, it } from 'vitest';
import { parseInstallHistory } from '../../electron/parsers/install-history';
import { parseXmlPlist } from '../../electron/parsers/xml-plist';
import { macosFixture } from '../support/macos-fixtures';

describe('InstallHistory.plist (plutil -convert xml1)', () => {
  it('reads every entry of a Catalina history: XProtect, Gatekeeper and MRT data, a third-party package, Command Line Tools', () => {
    const r = parseInstallHistory(macosFixture('InstallHistory.en.catalina-2019-xprotect-clt-chef-spec.xml'));
    expect(r.ok && r.value.map((e) => [e.name, e.version, e.date, e.processName, e.contentType])).toEqual([
      ['XProtectPlistConfigData', '2106', '2019-10-07T20:09:37.000Z', 'softwareupdated', 'config-data'],
      ['Gatekeeper Configuration Data', '181', '2019-10-07T20:09:37.000Z', 'softwareupdated', 'config-data'],
      ['MRTConfigData', '1.50', '2019-10-07T20:09:37.000Z', 'softwareupdated', 'config-data'],
      ['Chef Infra Client', null, '2019-10-09T02:37:33.000Z', 'installer', null],
      ['Command Line Tools for Xcode', '11.0', '2019-10-09T02:47:02.000Z', 'softwareupdated', null],
    ]);
  });

  it('reads a Mavericks history with the OS install itself ("OS X", OS X Installer)', () => {
    const r = parseInstallHistory(macosFixture('InstallHistory.en.mavericks-2013-plaso-test-data.xml'));
    expect(r.ok && r.value.length).toBe(7);
    expect(r.ok && r.value[0]).toEqual({ name: 'OS X', version: '10.9 (13A603)', date: '2013-11-12T02:59:35.000Z', processName: 'OS X Installer', contentType: null });
  });

  it('refuses a cut file, empty output, plutil\'s error and a plist of another shape', () => {
    const full = macosFixture('InstallHistory.en.catalina-2019-xprotect-clt-chef-spec.xml');
    expect(parseInstallHistory(full.slice(0, full.length / 2))).toMatchObject({ ok: false });
    expect(parseInstallHistory(full.replace('</array>\n</plist>', '</plist>'))).toMatchObject({ ok: false });
    expect(parseInstallHistory('')).toMatchObject({ ok: false });
    expect(parseInstallHistory(full.replace('<array>', '<dict>').replace(/<\/array>\n<\/plist>/, '</dict>\n</plist>'))).toMatchObject({ ok: false });
  });

  it('keeps XML entities and empty strings as the plist says', () => {
    const full = macosFixture('InstallHistory.en.catalina-2019-xprotect-clt-chef-spec.xml');
    const v = parseXmlPlist(full);
    expect(v.ok && Array.isArray(v.value) && (v.value[3] as Record<string, unknown>).displayVersion).toBe('');
  });
});
