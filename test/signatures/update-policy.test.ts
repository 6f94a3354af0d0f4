import { describe, expect, it } from 'vitest';
import { bundleBaseUrl, isLoopbackHost, UpdateRefused } from '../../electron/signatures/fetch-bundle';
import { signaturesHome } from '../../electron/signatures/store';
import { updateSource } from '../../electron/signatures/update';
import { compareVersions } from '../../electron/signatures/verify';

function refusal(run: () => unknown): UpdateRefused {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(UpdateRefused);
    return err as UpdateRefused;
  }
  throw new Error('not refused');
}
const refusedKind = (run: () => unknown): string => refusal(run).kind;

describe('where updates may come from', () => {
  it('https anywhere; plain http only to 127.0.0.0/8, ::1 and localhost', () => {
    for (const ok of ['https://example.org/botcheck/signatures/', 'http://127.0.0.1:8080/b/', 'http://127.200.3.4/', 'http://localhost:9/x/', 'http://[::1]:80/', 'http://[0:0:0:0:0:0:0:1]/', 'http://127.1/']) {
      expect(() => bundleBaseUrl(ok)).not.toThrow();
    }
    for (const bad of ['http://example.org/', 'http://10.0.0.1/', 'http://128.0.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://localhost.example.org/', 'http://127.0.0.1.nip.io/', 'ftp://127.0.0.1/', 'file:///etc/', 'not a url']) {
      expect(refusedKind(() => bundleBaseUrl(bad))).toBe('url');
    }
  });

  it('names the rule in both languages', () => {
    const { text } = refusal(() => bundleBaseUrl('http://example.org/s/'));
    expect(text.en).toContain('plain http is refused, use https (http is allowed only to this machine — 127.0.0.0/8, ::1, localhost — for tests and local mirrors)');
    expect(text.ja).toContain('https を使ってください');
  });

  it('takes the bundle folder, or its manifest.json, and drops query and fragment', () => {
    expect(bundleBaseUrl('https://example.org/s').href).toBe('https://example.org/s/');
    expect(bundleBaseUrl('https://example.org/s/manifest.json?x=1#y').href).toBe('https://example.org/s/');
  });

  it('knows loopback host names as URL() gives them', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
    expect(isLoopbackHost('1.127.0.0')).toBe(false);
  });

  it('has no default server: --from, else BOTCHECK_SIGNATURES_URL, else a clear refusal', () => {
    expect(updateSource('https://a.example/', { BOTCHECK_SIGNATURES_URL: 'https://b.example/' })).toBe('https://a.example/');
    expect(updateSource(undefined, { BOTCHECK_SIGNATURES_URL: 'https://b.example/' })).toBe('https://b.example/');
    expect(refusedKind(() => updateSource(undefined, {}))).toBe('no-url');
  });
});

describe('the user data folder of the CLI', () => {
  it('follows each OS convention, and BOTCHECK_DATA_DIR overrides it', () => {
    expect(signaturesHome({}, 'linux', '/home/u')).toBe('/home/u/.local/share/botcheck/signatures');
    expect(signaturesHome({ XDG_DATA_HOME: '/data' }, 'linux', '/home/u')).toBe('/data/botcheck/signatures');
    expect(signaturesHome({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/u')).toBe('/home/u/.local/share/botcheck/signatures');
    expect(signaturesHome({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toBe('C:\\Users\\u\\AppData\\Roaming\\botcheck\\signatures');
    expect(signaturesHome({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/botcheck/signatures');
    expect(signaturesHome({ BOTCHECK_DATA_DIR: '/tmp/t' }, 'linux', '/home/u')).toBe('/tmp/t');
  });
});

describe('data versions', () => {
  it('compare as numbers, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    expect(compareVersions('0.9.12', '1.0.0')).toBe(-1);
  });
});
