import { describe, expect, it } from 'vitest';
import { windowsAuthLogFact } from '../../electron/facts/auth-log-windows';
import type { AuthLogFacts } from '../../electron/shared/facts';
import { inventory, rawSet, sectionFixture } from './windows-activity-raws';

type Logons = { MaxEvents: number; OldestEventAt: unknown; Failed: Record<string, unknown>[]; Accepted: Record<string, unknown>[] };
const REAL = sectionFixture('section-failed-logons.en.azure-and-localhost-assembled.json') as Logons;
const COMPOSED = sectionFixture('section-failed-logons.en.guessed-then-accepted-composed.json') as Logons;

function derive(value: unknown, capturedAt: string | null, isAdmin: boolean | null = true) {
  return windowsAuthLogFact.derive(rawSet(inventory({ failedLogons: { ok: true, value } }, isAdmin)), { platform: 'win32', capturedAt: capturedAt ? new Date(capturedAt) : null });
}

function facts(r: ReturnType<typeof derive>): AuthLogFacts {
  if (!r.ok) throw new Error(r.reason.text.en);
  return r.value as AuthLogFacts;
}

describe('windows authLog fact', () => {
  it('counts failed network logons by source in the week before the capture, leaving loopback out', () => {
    expect(facts(derive(REAL, '2026-01-02T00:00:00Z'))).toEqual({
      from: '2025-12-26T00:00:00.000Z',
      to: '2026-01-02T00:00:00.000Z',
      failed: 1,
      sources: [{ address: '10.10.0.6', count: 1 }],
      acceptedAfterFailures: [],
      source: 'Security log (event 4625)',
    });
    // The three 127.0.0.1 failures of 2025-10-29 are inside this window but come from the machine itself.
    expect(facts(derive(REAL, '2025-10-30T00:00:00Z'))).toMatchObject({ failed: 0, sources: [] });
  });

  it('starts the period at the oldest record when the Security log does not reach back a week', () => {
    expect(facts(derive(REAL, '2025-11-01T00:00:00Z')).from).toBe('2025-10-29T13:49:49.453Z');
  });

  it('starts the period at the oldest event returned when the cap was reached', () => {
    const capped = { ...REAL, MaxEvents: 4, OldestEventAt: null };
    expect(facts(derive(capped, '2025-11-01T00:00:00Z')).from).toBe('2025-10-29T13:49:49.453Z');
  });

  it('finds a logon accepted from an address that had just failed', () => {
    expect(facts(derive(COMPOSED, '2017-08-10T00:00:00Z'))).toMatchObject({
      failed: 1,
      sources: [{ address: '37.191.115.2', count: 1 }],
      acceptedAfterFailures: [{ address: '37.191.115.2', user: 'rdpuser', at: '2017-08-09T11:06:41.486Z' }],
    });
  });

  it('does not count a logon accepted before the failures, or an interactive one', () => {
    const before = { ...COMPOSED, Accepted: [{ ...COMPOSED.Accepted[0], TimeCreated: '/Date(1502276700000)/' }] };
    expect(facts(derive(before, '2017-08-10T00:00:00Z')).acceptedAfterFailures).toEqual([]);
    const interactive = { ...COMPOSED, Accepted: [{ ...COMPOSED.Accepted[0], LogonType: '2' }] };
    expect(facts(derive(interactive, '2017-08-10T00:00:00Z')).acceptedAfterFailures).toEqual([]);
  });

  it('no failures at all is a known zero', () => {
    expect(facts(derive({ ...REAL, Failed: [], Accepted: [] }, '2026-01-02T00:00:00Z'))).toMatchObject({ failed: 0, sources: [], acceptedAfterFailures: [] });
  });

  it('is unknown without administrator rights, without a capture time, and without the inventory', () => {
    const denied = windowsAuthLogFact.derive(
      rawSet(inventory({ failedLogons: { ok: false, error: 'Attempted to perform an unauthorized operation: reading the Security log needs administrator rights' } }, false)),
      { platform: 'win32', capturedAt: new Date('2026-01-02T00:00:00Z') },
    );
    expect(denied).toMatchObject({ ok: false, reason: { kind: 'permission', text: { en: expect.stringContaining('needs administrator rights') } } });
    expect(derive(REAL, null)).toMatchObject({ ok: false, reason: { kind: 'no-capture-time' } });
    expect(windowsAuthLogFact.derive(rawSet(), { platform: 'win32', capturedAt: new Date() })).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});
