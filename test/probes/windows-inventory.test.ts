import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../electron/checks/index';
import { makePlan } from '../../electron/engine/plan';
import { buildInventoryScript } from '../../electron/probes/windows/inventory-script';
import { inventoryArgs, powershellPath, windowsInventory } from '../../electron/probes/windows/inventory';
import { INVENTORY_SECTIONS } from '../../electron/probes/windows/sections/index';
import { parseWindowsInventory } from '../../electron/parsers/windows-inventory';

describe('the batched Windows inventory', () => {
  it('sends exactly the composed script, as one -EncodedCommand argument (UTF-16LE base64), no shell', () => {
    const args = inventoryArgs();
    expect(args.slice(0, -1)).toEqual(['-NoProfile', '-NonInteractive', '-NoLogo', '-ExecutionPolicy', 'Bypass', '-EncodedCommand']);
    const sent = Buffer.from(args.at(-1)!, 'base64').toString('utf16le');
    expect(sent).toBe(buildInventoryScript(INVENTORY_SECTIONS));
    for (const section of INVENTORY_SECTIONS) expect(sent).toContain(`$sections['${section.key}']`);
    expect(sent).toContain('ConvertTo-Json -Depth 6 -Compress');
  });

  it('runs Windows PowerShell 5.1 by absolute path under %SystemRoot%\\System32', () => {
    expect(powershellPath({ SystemRoot: 'C:\\Windows' })).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(powershellPath({ SystemRoot: 'D:\\WINNT' })).toBe('D:\\WINNT\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(powershellPath({})).toMatch(/^[A-Z]:\\/);
  });

  it('has unique section keys, each with a note for docs/probes.md', () => {
    const keys = INVENTORY_SECTIONS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of INVENTORY_SECTIONS) expect(s.note.length, s.key).toBeGreaterThan(0);
    for (const s of INVENTORY_SECTIONS) expect(windowsInventory.note).toContain(s.key);
  });

  it('starts at most 2 PowerShell processes in a live Windows scan (start-up dominates the cost)', () => {
    const plan = makePlan('win32', CHECKS, 'live');
    const powershell = plan.probes.filter((p) => /powershell/i.test(p.command));
    expect(powershell.map((p) => p.id)).toEqual(['windows.inventory']);
    expect(powershell.length).toBeLessThanOrEqual(2);
  });

  it('reads the envelope the script writes: per-section ok/value or ok:false/error', () => {
    const envelope = { schema: 1, isAdmin: false, culture: 'ja-JP', sections: { os: { ok: true, value: { Caption: 'Microsoft Windows 11 Pro' } }, failedLogons: { ok: false, error: 'Attempted to perform an unauthorized operation.' } } };
    const r = parseWindowsInventory(JSON.stringify(envelope));
    expect(r).toMatchObject({ ok: true, value: { isAdmin: false, culture: 'ja-JP' } });
    expect(parseWindowsInventory('{"schema":2,"sections":{}}')).toMatchObject({ ok: false });
    expect(parseWindowsInventory('')).toMatchObject({ ok: false });
  });
});
