import { describe, expect, it } from 'vitest';
import { macosBrowsers } from '../../electron/facts/browsers-macos';
import { macosProcessesFact } from '../../electron/facts/processes-macos';
import { failed, macosFixture, raw, rawSet } from '../support/macos-fixtures';

const ctx = { platform: 'darwin' as const, capturedAt: null };

describe('processes and browsers on macOS', () => {
  it('processes come from ps with the executable path', () => {
    const r = macosProcessesFact.derive(rawSet(raw('macos.processes', macosFixture('ps.en.pid-user-comm-launchd-windowserver-excerpt.txt'))), ctx);
    expect(r.ok && r.value.processes.map((p) => [p.name, p.exe])).toEqual([
      ['launchd', '/sbin/launchd'],
      ['WindowServer', '/System/Library/PrivateFrameworks/SkyLight.framework/Resources/WindowServer'],
    ]);
    expect(macosProcessesFact.derive(rawSet(failed('macos.processes', 'timeout')), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
  });

  it('browsers come from the app bundles\' versions', () => {
    expect(macosBrowsers.derive(rawSet(raw('macos.browsers', macosFixture('macos-browsers.en.safari-26.6.1-assembled.json'))), ctx)).toEqual({
      ok: true,
      probes: ['macos.browsers'],
      value: { browsers: [{ name: 'safari', version: '26.6.1', location: '/Applications/Safari.app' }] },
    });
    expect(macosBrowsers.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});
