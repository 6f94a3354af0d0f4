import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWin32Processes } from '../../electron/parsers/win32-processes';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8');
const json = (name: string): unknown => JSON.parse(fixture(name));

const TERMINALS = json('win32-process-select-json.en.win11-26200-terminal64.json');
const SERVER_2012 = json('section-processes.en.server2012r2-admin-assembled.json') as Record<string, unknown>[];

describe('Win32_Process | Select-Object ProcessId, Name, ExecutablePath, CommandLine', () => {
  it('reads a real ConvertTo-Json capture from Windows 11 (Windows PowerShell 5.1 layout)', () => {
    const r = parseWin32Processes(TERMINALS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(9);
    expect(r.value[0]).toEqual({
      pid: 21248,
      name: 'terminal64.exe',
      exe: 'C:\\MT5PortableGoldMission\\terminal64.exe',
      cmdline: '"C:\\MT5PortableGoldMission\\terminal64.exe" /portable /config:C:\\MT5PortableGoldMission\\Config\\phase1_dry_run_startup.ini ',
    });
    expect(r.value.find((p) => p.pid === 17676)?.exe).toBe('C:\\Program Files\\MetaTrader 5\\terminal64.exe');
  });

  it('reads processes without a path (System, protected processes) as exe null', () => {
    const r = parseWin32Processes(SERVER_2012);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.filter((p) => p.exe === null).map((p) => `${p.pid} ${p.name}`)).toEqual(['0 System Idle Process', '4 System', '208 smss.exe', '292 csrss.exe', '344 csrss.exe', '440 services.exe']);
    expect(r.value.find((p) => p.pid === 0)?.cmdline).toBe('');
    expect(r.value.find((p) => p.pid === 572)?.cmdline).toBe('C:\\Windows\\system32\\svchost.exe -k DcomLaunch');
  });

  it('assembled values match the real Get-WmiObject listing they came from', () => {
    const text = fixture('win32-process-wmiobject.en.server2012r2-admin-first-4-partial.txt');
    const blocks = text.split(/\n\n(?=__GENUS)/).filter((b) => b.includes('__GENUS'));
    const field = (block: string, name: string) => new RegExp(`^${name} +: ?(.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
    expect(blocks).toHaveLength(4);
    for (const block of blocks) {
      const pid = Number(field(block, 'ProcessId'));
      const row = SERVER_2012.find((r) => r.ProcessId === pid)!;
      expect(row.Name).toBe(field(block, 'Name'));
      expect(row.ExecutablePath ?? '').toBe(field(block, 'ExecutablePath'));
      expect(row.CommandLine ?? '').toBe(field(block, 'CommandLine'));
    }
  });

  it('reads a single process that ConvertTo-Json wrote without an array', () => {
    const one = (TERMINALS as unknown[])[2];
    expect(parseWin32Processes(one)).toMatchObject({ ok: true, value: [{ pid: 3144 }] });
  });

  it('refuses an empty list, a missing property and a wrong type', () => {
    expect(parseWin32Processes([])).toMatchObject({ ok: false });
    expect(parseWin32Processes(null)).toMatchObject({ ok: false });
    const { CommandLine: _dropped, ...withoutCommandLine } = SERVER_2012[5]!;
    expect(parseWin32Processes([withoutCommandLine])).toMatchObject({ ok: false, reason: expect.stringContaining('CommandLine') });
    expect(parseWin32Processes([{ ...SERVER_2012[5], ProcessId: '352' }])).toMatchObject({ ok: false, reason: expect.stringContaining('ProcessId') });
  });
});
