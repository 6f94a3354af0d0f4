import { describe, expect, it } from 'vitest';
import { windowsProcessesFact } from '../../electron/facts/processes-windows';
import type { ProcessFacts } from '../../electron/shared/facts';
import { inventory, rawSet, sectionFixture } from './windows-activity-raws';

const SERVER_2012 = sectionFixture('section-processes.en.server2012r2-admin-assembled.json');
const TERMINALS = sectionFixture('win32-process-select-json.en.win11-26200-terminal64.json');
const ctx = { platform: 'win32' as const, capturedAt: new Date('2026-11-20T00:00:00Z') };

function derive(value: unknown, isAdmin: boolean | null) {
  return windowsProcessesFact.derive(rawSet(inventory({ processes: { ok: true, value } }, isAdmin)), ctx);
}

function facts(r: ReturnType<typeof derive>): ProcessFacts {
  if (!r.ok) throw new Error(r.reason.text.en);
  return r.value as ProcessFacts;
}

describe('windows processes fact', () => {
  it('with administrator rights, protected system processes without a path do not make the list partial', () => {
    const v = facts(derive(SERVER_2012, true));
    expect(v.processes).toHaveLength(17);
    expect(v.processes.find((p) => p.pid === 1188)).toEqual({ pid: 1188, name: 'explorer.exe', exe: 'C:\\Windows\\Explorer.EXE', exeDeleted: false, cmdline: 'C:\\Windows\\Explorer.EXE', user: null });
    expect(v).toMatchObject({ partial: false, hidden: [], elevated: true });
  });

  it('without administrator rights, every process without a path but System and Idle is hidden', () => {
    const v = facts(derive(SERVER_2012, false));
    expect(v.partial).toBe(true);
    expect(v.elevated).toBe(false);
    expect(v.hidden.map((h) => h.name)).toEqual(['smss.exe', 'csrss.exe', 'csrss.exe', 'services.exe']);
  });

  it('with administrator rights, a process that is not a protected one and has no path is hidden', () => {
    const rows = [...(SERVER_2012 as object[]), { ProcessId: 6120, Name: 'updater.exe', ExecutablePath: null, CommandLine: null }];
    const v = facts(derive(rows, true));
    expect(v).toMatchObject({ partial: true, hidden: [{ pid: 6120, name: 'updater.exe' }] });
  });

  it('a list where every path is shown is complete', () => {
    expect(facts(derive(TERMINALS, false))).toMatchObject({ partial: false, hidden: [], elevated: false });
  });

  it('is unknown when the section failed, was not understood, or the inventory is missing', () => {
    const failed = windowsProcessesFact.derive(rawSet(inventory({ processes: { ok: false, error: 'Invalid class "Win32_Process"' } })), ctx);
    expect(failed).toMatchObject({ ok: false, reason: { kind: 'failed' } });
    expect(derive([], true)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
    expect(windowsProcessesFact.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});
