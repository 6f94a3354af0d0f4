import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLogonEventsSection } from '../../electron/parsers/windows-logon-events';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8');
const section = (name: string) => JSON.parse(fixture(name)) as { MaxEvents: number; OldestEventAt: unknown; Failed: Record<string, unknown>[]; Accepted: Record<string, unknown>[] };

const REAL = section('section-failed-logons.en.azure-and-localhost-assembled.json');
const COMPOSED = section('section-failed-logons.en.guessed-then-accepted-composed.json');

/** The fields the section takes from each real event's XML, as Windows wrote them. */
function xmlEvents(xml: string) {
  return xml.split(/<\/Event>/).filter((e) => e.includes('<EventID>')).map((e) => ({
    systemTime: /SystemTime=["']([^"']+)["']/.exec(e)![1]!,
    user: /Name=["']TargetUserName["']>([^<]*)</.exec(e)![1]!,
    address: /Name=["']IpAddress["']>([^<]*)</.exec(e)![1]!,
    logonType: /Name=["']LogonType["']>([^<]*)</.exec(e)![1]!,
  }));
}

describe('failedLogons section of the inventory', () => {
  it('reads the assembled events, newest first, dates from Windows PowerShell 5.1', () => {
    const r = parseLogonEventsSection(REAL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.maxEvents).toBe(1000);
    expect(r.value.oldestEventAt).toBe('2025-10-29T13:49:49.453Z');
    expect(r.value.accepted).toEqual([]);
    expect(r.value.failed[0]).toEqual({ at: '2025-12-31T01:32:59.927Z', user: 'azureuser', address: '10.10.0.6', logonType: 3 });
    expect(r.value.failed.slice(1).map((e) => e.address)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
  });

  it('holds the values of the real event XML it was assembled from', () => {
    const real = [...xmlEvents(fixture('event-4625.en.winsvr-azure-eventviewer-xml.txt')), ...xmlEvents(fixture('event-4625.en.localhost-ntlm-3-events.xml'))];
    const r = parseLogonEventsSection(REAL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.failed).toHaveLength(real.length);
    r.value.failed.forEach((e, i) => {
      const x = real[i]!;
      expect(e.at).toBe(new Date(x.systemTime.replace(/(\.\d{3})\d*Z$/, '$1Z')).toISOString());
      expect([e.user, e.address, String(e.logonType)]).toEqual([x.user, x.address, x.logonType]);
    });
  });

  it('reads the accepted logon of the composed case', () => {
    const r = parseLogonEventsSection(COMPOSED);
    expect(r.ok && r.value.accepted).toEqual([{ at: '2017-08-09T11:06:41.486Z', user: 'rdpuser', address: '37.191.115.2', logonType: 10 }]);
    const ipban = xmlEvents(fixture('event-4625-4624.en.ipban-test-events.xml'));
    expect(r.ok && [r.value.failed[0]!.user, r.value.failed[0]!.address]).toEqual([ipban[0]!.user, ipban[0]!.address]);
  });

  it('reads PowerShell 7 dates, a single event written without an array, and the 5.1 {value, Count} wrapper', () => {
    const iso = { ...REAL, Failed: REAL.Failed.map((e) => ({ ...e, TimeCreated: new Date(Number(/\d+/.exec(String(e.TimeCreated))![0])).toISOString() })) };
    const isoRead = parseLogonEventsSection(iso);
    const plainRead = parseLogonEventsSection(REAL);
    expect(isoRead.ok && plainRead.ok && isoRead.value.failed).toEqual(plainRead.ok && plainRead.value.failed);
    expect(parseLogonEventsSection({ ...REAL, Failed: REAL.Failed[0] })).toMatchObject({ ok: true, value: { failed: [{ user: 'azureuser' }] } });
    expect(parseLogonEventsSection({ ...REAL, Failed: { value: REAL.Failed, Count: 4 } })).toMatchObject({ ok: true, value: { failed: { length: 4 } } });
  });

  it('reads "-" as no address and IPv4-mapped IPv6 as IPv4 (values of the real event changed)', () => {
    const event = REAL.Failed[0]!;
    const r = parseLogonEventsSection({ ...REAL, Failed: [{ ...event, IpAddress: '-', TargetUserName: '-' }, { ...event, IpAddress: '::ffff:10.10.0.6' }] });
    expect(r.ok && r.value.failed.map((e) => [e.user, e.address])).toEqual([[null, null], ['azureuser', '10.10.0.6']]);
  });

  it('refuses a section without its lists, a date that is not one, and a missing cap', () => {
    const { Failed: _failed, ...withoutFailed } = REAL;
    expect(parseLogonEventsSection(withoutFailed)).toMatchObject({ ok: false, reason: expect.stringContaining('Failed') });
    expect(parseLogonEventsSection({ ...REAL, Failed: [{ ...REAL.Failed[0], TimeCreated: 'yesterday' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('TimeCreated') });
    const { MaxEvents: _max, ...withoutCap } = REAL;
    expect(parseLogonEventsSection(withoutCap)).toMatchObject({ ok: false });
    expect(parseLogonEventsSection('')).toMatchObject({ ok: false });
  });
});
