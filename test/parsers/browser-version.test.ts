import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrowserVersion } from '../../electron/parsers/browser-version';
import { parseBrowserVersionList } from '../../electron/parsers/browser-version-list';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('<browser> --version', () => {
  it('reads Firefox ESR', () => {
    expect(parseBrowserVersion(fixture('firefox-esr.en.version-153.7.0esr-debian12.txt'))).toEqual({
      ok: true,
      value: { name: 'firefox', version: '153.7.0esr', major: 153, esr: true },
    });
  });

  it('reads Debian Chromium with its "built on" tail', () => {
    expect(parseBrowserVersion(fixture('chromium.en.version-156-debian12.txt'))).toEqual({
      ok: true,
      value: { name: 'chromium', version: '156.0.8078.108', major: 156, esr: false },
    });
  });

  it('refuses empty, foreign and cut-off output', () => {
    expect(parseBrowserVersion('')).toMatchObject({ ok: false });
    expect(parseBrowserVersion(fixture('os-release.en.debian-12-bookworm.txt'))).toMatchObject({ ok: false });
    const cut = fixture('chromium.en.version-156-debian12.txt').slice(0, 'Chromium '.length);
    expect(parseBrowserVersion(cut)).toMatchObject({ ok: false });
  });
});

describe('linux.browsers probe JSON', () => {
  it('reads the real capture', () => {
    const r = parseBrowserVersionList(fixture('linux-browsers.en.debian12-firefox-esr-chromium.json'));
    expect(r.ok && r.value.map((b) => b.path)).toEqual(['/usr/bin/firefox', '/usr/bin/firefox-esr', '/usr/bin/chromium']);
  });

  it('accepts an empty list (no browser found)', () => {
    expect(parseBrowserVersionList('[]')).toEqual({ ok: true, value: [] });
  });

  it('refuses truncated JSON, a non-array and entries without the fields', () => {
    const real = fixture('linux-browsers.en.debian12-firefox-esr-chromium.json');
    expect(parseBrowserVersionList(real.slice(0, real.length / 2))).toMatchObject({ ok: false });
    expect(parseBrowserVersionList('{"path": "/usr/bin/firefox"}')).toMatchObject({ ok: false });
    expect(parseBrowserVersionList('[{"path": "/usr/bin/firefox"}]')).toMatchObject({ ok: false });
    expect(parseBrowserVersionList('')).toMatchObject({ ok: false });
  });
});
