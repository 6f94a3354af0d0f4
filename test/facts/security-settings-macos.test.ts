import { describe, expect, it } from 'vitest';
import { macosSecuritySettings } from '../../electron/facts/security-settings-macos';
import { failed, macosFixture, raw, rawSet } from '../support/macos-fixtures';

const ctx = { platform: 'darwin' as const, capturedAt: null };

describe('security settings on macOS (Gatekeeper)', () => {
  it('reads enabled, and disabled although spctl exits 1 then', () => {
    expect(macosSecuritySettings.derive(rawSet(raw('macos.gatekeeper', macosFixture('spctl.en.status-enabled-macos26-excerpt.txt'))), ctx)).toEqual({
      ok: true,
      probes: ['macos.gatekeeper'],
      value: { fileExtensionsHidden: null, smartScreen: null, gatekeeper: true, detail: [{ setting: 'gatekeeper', text: { en: 'spctl --status: assessments enabled', ja: 'spctl --status の結果: assessments enabled (評価は有効)' } }] },
    });
    const off = macosSecuritySettings.derive(rawSet(raw('macos.gatekeeper', macosFixture('spctl.en.status-disabled-2026-07-excerpt.txt'), { exitCode: 1 })), ctx);
    expect(off.ok && off.value.gatekeeper).toBe(false);
  });

  it('is unknown for another exit code, a missing file or output not understood', () => {
    expect(macosSecuritySettings.derive(rawSet(raw('macos.gatekeeper', '', { exitCode: 2 })), ctx)).toMatchObject({ ok: false, reason: { kind: 'failed' } });
    expect(macosSecuritySettings.derive(rawSet(failed('macos.gatekeeper', 'missing')), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    expect(macosSecuritySettings.derive(rawSet(raw('macos.gatekeeper', macosFixture('spctl.en.status-enabled-then-disabled-zh-notes.txt'))), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});
