import { describe, expect, it } from 'vitest';
import { windowsConnectionsFact } from '../../electron/facts/connections-windows';
import type { ConnectionFacts } from '../../electron/shared/facts';
import { inventory, rawSet, sectionFixture, text, windowsFixture } from './windows-activity-raws';

const SI = text('windows.connections', windowsFixture('si-connections.en.win11-22000-listening-from-netstat.json'), 'json');
const NETSTAT = text('windows.netstat', windowsFixture('netstat-ano.en.win11-22000-listening.txt'));
const ctx = { platform: 'win32' as const, capturedAt: new Date('2026-11-20T00:00:00Z') };

/** Names for two PIDs of the capture, taken from the assembled Server 2012 R2 list (PID 4 is System everywhere). */
const PROCESSES = (sectionFixture('section-processes.en.server2012r2-admin-assembled.json') as { ProcessId: number }[]).filter((p) => p.ProcessId === 4);

function value(r: ReturnType<typeof windowsConnectionsFact.derive>): ConnectionFacts {
  if (!r.ok) throw new Error(r.reason.text.en);
  return r.value;
}

describe('windows connections fact', () => {
  it('reads the systeminformation JSON of a live scan', () => {
    const r = windowsConnectionsFact.derive(rawSet(SI), ctx);
    expect(r.probes).toEqual(['windows.connections']);
    expect(value(r).connections).toHaveLength(27);
    expect(value(r).partialOwnership).toBe(false);
  });

  it('falls back to the netstat -ano a caller typed, with the same result', () => {
    const typed = windowsConnectionsFact.derive(rawSet(NETSTAT), ctx);
    expect(typed.probes).toEqual(['windows.netstat']);
    expect(value(typed)).toEqual(value(windowsConnectionsFact.derive(rawSet(SI), ctx)));
  });

  it('names owners from the inventory process list', () => {
    const r = windowsConnectionsFact.derive(rawSet(SI, inventory({ processes: { ok: true, value: PROCESSES } })), ctx);
    expect(r.probes).toEqual(['windows.connections', 'windows.inventory']);
    const smb = value(r).connections.find((c) => c.localPort === 445 && c.protocol === 'tcp')!;
    expect(smb).toMatchObject({ pid: 4, process: 'System' });
    expect(value(r).connections.find((c) => c.localPort === 135)!.process).toBeNull();
  });

  it('will not take lines picked with findstr as the whole table', () => {
    const r = windowsConnectionsFact.derive(rawSet(text('windows.netstat', windowsFixture('netstat-ano-findstr.ja.established-finwait.txt'))), ctx);
    expect(r).toMatchObject({ ok: false, reason: { kind: 'parse', text: { en: expect.stringContaining('findstr') } } });
  });

  it('is unknown with the reason when neither file is usable', () => {
    expect(windowsConnectionsFact.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    const timedOut = { ...SI, stdout: '', exitCode: null, error: { kind: 'timeout' as const, message: 'no answer within 8000 ms' } };
    expect(windowsConnectionsFact.derive(rawSet(timedOut), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
    const cut = text('windows.netstat', windowsFixture('netstat-n.ja.established-timewait-partial.txt'));
    const both = windowsConnectionsFact.derive(rawSet(timedOut, cut), ctx);
    expect(both).toMatchObject({ ok: false, reason: { kind: 'timeout', text: { en: expect.stringContaining('windows.netstat') } } });
  });
});
