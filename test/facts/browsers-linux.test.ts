import { describe, expect, it } from 'vitest';
import { linuxBrowsers } from '../../electron/facts/browsers-linux';
import { failed, fixture, raw, rawSet } from './update-raw-helpers';

const ctx = { platform: 'linux' as const, capturedAt: new Date('2026-11-25T23:00:00Z') };
const PROBE = 'linux.browsers';

describe('browsers fact on Linux', () => {
  it('lists each browser once with its version (/usr/bin/firefox links to firefox-esr)', () => {
    const r = linuxBrowsers.derive(rawSet(raw(PROBE, fixture('linux-browsers.en.debian12-firefox-esr-chromium.json'), { format: 'json' })), ctx);
    expect(r).toEqual({
      ok: true,
      probes: [PROBE],
      value: {
        browsers: [
          { name: 'firefox', version: '153.7.0esr', location: '/usr/bin/firefox' },
          { name: 'chromium', version: '156.0.8078.108', location: '/usr/bin/chromium' },
        ],
      },
    });
  });

  it('keeps a launcher whose --version timed out, with an empty version', () => {
    const json = JSON.stringify([{ path: '/snap/bin/firefox', stdout: '', exitCode: null, error: { kind: 'timeout', message: 'no answer within 10000 ms' } }]);
    const r = linuxBrowsers.derive(rawSet(raw(PROBE, json)), ctx);
    expect(r).toMatchObject({ ok: true, value: { browsers: [{ name: 'firefox', version: '', location: '/snap/bin/firefox' }] } });
  });

  it('no launcher found is an empty list, not unknown', () => {
    expect(linuxBrowsers.derive(rawSet(raw(PROBE, '[]')), ctx)).toMatchObject({ ok: true, value: { browsers: [] } });
  });

  it('is unknown when the probe output is missing or garbled', () => {
    expect(linuxBrowsers.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    expect(linuxBrowsers.derive(rawSet(failed(PROBE, 'timeout')), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
    expect(linuxBrowsers.derive(rawSet(raw(PROBE, '[{"path":')), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});
