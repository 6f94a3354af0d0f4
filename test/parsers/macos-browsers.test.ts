import { describe, expect, it } from 'vitest';
import { parseMacosBrowsers } from '../../electron/parsers/macos-browsers';
import { macosFixture } from '../support/macos-fixtures';

describe('macos.browsers (defaults read <app>/Contents/Info.plist CFBundleShortVersionString)', () => {
  it('reads Safari 26.6.1', () => {
    expect(parseMacosBrowsers(macosFixture('macos-browsers.en.safari-26.6.1-assembled.json'))).toEqual({ ok: true, value: [{ name: 'safari', version: '26.6.1', location: '/Applications/Safari.app' }] });
  });

  it('keeps a browser whose version could not be read, with no version', () => {
    const timedOut = JSON.stringify([{ path: '/Applications/Google Chrome.app/Contents/Info.plist', stdout: '', exitCode: null, error: { kind: 'timeout', message: 'no answer within 5000 ms' } }]);
    expect(parseMacosBrowsers(timedOut)).toEqual({ ok: true, value: [{ name: 'chrome', version: '', location: '/Applications/Google Chrome.app' }] });
  });

  it('is an empty list when no browser app exists, and refuses cut JSON and foreign paths', () => {
    expect(parseMacosBrowsers('[]')).toEqual({ ok: true, value: [] });
    const full = macosFixture('macos-browsers.en.safari-26.6.1-assembled.json');
    expect(parseMacosBrowsers(full.slice(0, 40))).toMatchObject({ ok: false });
    expect(parseMacosBrowsers(full.replace('/Applications/Safari.app', '/tmp/x.app'))).toMatchObject({ ok: false });
    expect(parseMacosBrowsers('')).toMatchObject({ ok: false });
  });
});
