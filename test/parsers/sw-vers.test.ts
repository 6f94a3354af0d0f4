import { describe, expect, it } from 'vitest';
import { parseSwVers } from '../../electron/parsers/sw-vers';
import { macosFixture } from '../support/macos-fixtures';

describe('sw_vers', () => {
  it('reads macOS 26 (version 26 follows 15)', () => {
    expect(parseSwVers(macosFixture('sw_vers.en.26.6.2-tahoe.txt'))).toEqual({ ok: true, value: { productName: 'macOS', productVersion: '26.6.2', buildVersion: '25G83', productVersionExtra: null } });
  });

  it('skips the shell prompt before and around the output', () => {
    expect(parseSwVers(macosFixture('sw_vers.en.15.7.4-sequoia-zsh-prompt-excerpt.txt'))).toMatchObject({ ok: true, value: { productVersion: '15.7.4', buildVersion: '24G517' } });
    expect(parseSwVers(macosFixture('sw_vers.en.14.0-sonoma-prompt.txt'))).toMatchObject({ ok: true, value: { productVersion: '14.0', buildVersion: '23A344' } });
  });

  it('reads a paste whose tabs became spaces, and notebook output indented by four spaces (a Japanese page: sw_vers is not localised)', () => {
    expect(parseSwVers(macosFixture('sw_vers.en.15.7.9-sequoia-pasted-spaces.txt'))).toMatchObject({ ok: true, value: { productName: 'macOS', productVersion: '15.7.9' } });
    expect(parseSwVers(macosFixture('sw_vers.en.13.5.1-ventura-notebook-indented-ja-page.txt'))).toMatchObject({ ok: true, value: { productVersion: '13.5.1', buildVersion: '22G90' } });
  });

  it('keeps "Mac OS X" and a two-part version (10.13)', () => {
    expect(parseSwVers(macosFixture('sw_vers.en.10.13-highsierra-no-patch.txt'))).toEqual({ ok: true, value: { productName: 'Mac OS X', productVersion: '10.13', buildVersion: '17A405', productVersionExtra: null } });
  });

  it('reads ProductVersionExtra "(a)" of a Rapid Security Response', () => {
    expect(parseSwVers(macosFixture('sw_vers.en.13.3.1a-rsr-productversionextra-partial.txt'))).toEqual({ ok: true, value: { productName: null, productVersion: '13.3.1', buildVersion: null, productVersionExtra: '(a)' } });
  });

  it('refuses empty, foreign, cut and contradictory output', () => {
    expect(parseSwVers('')).toMatchObject({ ok: false });
    expect(parseSwVers('zsh: command not found: sw_vers')).toMatchObject({ ok: false });
    const cut = macosFixture('sw_vers.en.26.6.2-tahoe.txt').split('\n')[0]!;
    expect(parseSwVers(cut)).toMatchObject({ ok: false, reason: expect.stringContaining('ProductVersion') });
    expect(parseSwVers(macosFixture('sw_vers.en.26.6.2-tahoe.txt').replace('26.6.2', '26.'))).toMatchObject({ ok: false });
    const two = macosFixture('sw_vers.en.26.6.2-tahoe.txt') + macosFixture('sw_vers.en.14.0-sonoma-prompt.txt');
    expect(parseSwVers(two)).toMatchObject({ ok: false, reason: expect.stringContaining('two different') });
  });
});
