import { describe, expect, it } from 'vitest';
import { parseSoftwareUpdateList } from '../../electron/parsers/softwareupdate';
import { macosFixture } from '../support/macos-fixtures';

describe('softwareupdate -l', () => {
  it('reads "No new software available." (stderr, with the banner and a prompt around it)', () => {
    expect(parseSoftwareUpdateList(macosFixture('softwareupdate.en.list-no-new-software-prompt.txt'))).toEqual({ ok: true, value: { items: [] } });
    // From a Japanese-language page: the tool answered in English on that Mac.
    expect(parseSoftwareUpdateList(macosFixture('softwareupdate.en.list-no-new-software-ja-blog.txt'))).toEqual({ ok: true, value: { items: [] } });
  });

  it('reads the 10.15+ format with KiB sizes, Action: restart and an item without Action', () => {
    const r = parseSoftwareUpdateList(macosFixture('softwareupdate.en.list-ventura-3-updates-incl-sonoma-major.txt'));
    expect(r).toEqual({
      ok: true,
      value: {
        items: [
          { label: 'Safari17.0VenturaAuto-17.0', title: 'Safari', version: '17.0', sizeKiB: 161835, recommended: true, restart: false },
          { label: 'macOS Ventura 13.6-22G120', title: 'macOS Ventura 13.6', version: '13.6', sizeKiB: 594108, recommended: true, restart: true },
          { label: 'macOS Sonoma 14.0-23A344', title: 'macOS Sonoma 14.0', version: '14.0', sizeKiB: 4404034, recommended: true, restart: true },
        ],
      },
    });
  });

  it('reads the 10.15+ format with K sizes and the prompt lines of a terminal paste', () => {
    expect(parseSoftwareUpdateList(macosFixture('softwareupdate.en.list-bigsur-beta-action-restart.txt'))).toEqual({
      ok: true,
      value: { items: [{ label: 'macOS Big Sur 11.1 Beta 2-20C5061b', title: 'macOS Big Sur 11.1 Beta 2', version: '11.1', sizeKiB: 2746951, recommended: true, restart: true }] },
    });
  });

  it('reads the old "-" / "*" format with [recommended]', () => {
    const r = parseSoftwareUpdateList(macosFixture('softwareupdate.en.list-mavericks-old-format-recommended.txt'));
    expect(r.ok && r.value.items.map((i) => [i.label, i.title, i.version, i.sizeKiB, i.recommended, i.restart])).toEqual([
      ['031-00536-5.1.0.0', 'Command Line Developer Tools for OS X Mavericks', '5.1.0.0', 121492, true, false],
      ['Safari7.1Mavericks-7.1', 'Safari', '7.1', 59574, true, false],
      ['Command Line Tools (OS X Mavericks)-6.0', 'Command Line Tools (OS X 10.9)', '6.0', 104398, true, false],
      ['iBooksDelta-1.0.1', 'iBooks Update', '1.0.1', 14334, true, false],
      ['iTunesXPatch-11.4', 'iTunes', '11.4', 94992, true, false],
    ]);
  });

  it('refuses empty, foreign and cut output', () => {
    expect(parseSoftwareUpdateList('')).toMatchObject({ ok: false });
    expect(parseSoftwareUpdateList('Software Update Tool\n\nFinding available software\n')).toMatchObject({ ok: false });
    const ventura = macosFixture('softwareupdate.en.list-ventura-3-updates-incl-sonoma-major.txt');
    const lastDetailCut = ventura.slice(0, ventura.lastIndexOf('Version: 14.0'));
    expect(parseSoftwareUpdateList(lastDetailCut)).toMatchObject({ ok: false, reason: expect.stringContaining('cut off') });
    const labelWithoutDetail = ventura.split('\n').slice(0, 9).join('\n');
    expect(parseSoftwareUpdateList(labelWithoutDetail)).toMatchObject({ ok: false, reason: expect.stringContaining('no details') });
    const headerOnly = ventura.split('\n').slice(0, 4).join('\n');
    expect(parseSoftwareUpdateList(headerOnly)).toMatchObject({ ok: false });
    const mavericks = macosFixture('softwareupdate.en.list-mavericks-old-format-recommended.txt').split('\n').slice(0, 10).join('\n');
    expect(parseSoftwareUpdateList(mavericks)).toMatchObject({ ok: false, reason: expect.stringContaining('no details') });
  });
});
