import { describe, expect, it } from 'vitest';
import { macosFirewall } from '../../electron/facts/firewall-macos';
import { failed, macosFixture, raw, rawSet } from '../support/macos-fixtures';

const ctx = { platform: 'darwin' as const, capturedAt: null };
const line = (n: number) => macosFixture('socketfilterfw.en.globalstate-0-1-2-via-m-cli.txt').split('\n')[n]!;
const stealthOff = raw('macos.alf-stealth', macosFixture('socketfilterfw.en.stealthmode-off-audit-evidence.txt'));

describe('firewall on macOS (Application Firewall)', () => {
  it('state 1 and state 2 are on and block unsolicited inbound connections', () => {
    const one = macosFirewall.derive(rawSet(raw('macos.alf', line(4)), stealthOff), ctx);
    expect(one).toEqual({ ok: true, probes: ['macos.alf', 'macos.alf-stealth'], value: { layers: [{ name: 'Application Firewall', family: 'both', installed: true, active: true, blocksInboundByDefault: true, inboundRuleCount: null, detail: 'socketfilterfw State=1, stealth=off' }] } });
    const two = macosFirewall.derive(rawSet(raw('macos.alf', macosFixture('socketfilterfw.en.globalstate-2-blocking-non-essential-excerpt.txt')), stealthOff), ctx);
    expect(two.ok && two.value.layers[0]).toMatchObject({ active: true, blocksInboundByDefault: true, detail: 'socketfilterfw State=2, stealth=off' });
  });

  it('state 0 is installed but off', () => {
    const zero = macosFirewall.derive(rawSet(raw('macos.alf', line(3)), stealthOff), ctx);
    expect(zero.ok && zero.value.layers[0]).toMatchObject({ installed: true, active: false, blocksInboundByDefault: false });
  });

  it('an unreadable stealth mode is only a detail', () => {
    const r = macosFirewall.derive(rawSet(raw('macos.alf', line(4)), raw('macos.alf-stealth', macosFixture('socketfilterfw.en.stealthmode-error-littlesnitch.txt'))), ctx);
    expect(r.ok && r.value.layers[0]!.detail).toBe('socketfilterfw State=1, stealth=?');
  });

  it('is unknown when the state cannot be read', () => {
    expect(macosFirewall.derive(rawSet(failed('macos.alf', 'timeout'), stealthOff), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
    expect(macosFirewall.derive(rawSet(raw('macos.alf', macosFixture('socketfilterfw.en.globalstate-0-1-2-via-m-cli.txt')), stealthOff), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
    expect(macosFirewall.derive(rawSet(raw('macos.alf', '', { exitCode: 1, stderr: 'socketfilterfw: error' })), ctx)).toMatchObject({ ok: false, reason: { kind: 'failed' } });
  });
});
