import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProcessList } from '../../electron/parsers/proc-processes';

const real = readFileSync(join(import.meta.dirname, '../fixtures/linux/proc-processes.en.debian12-container-as-root.json'), 'utf8');

describe('linux.processes JSON (/proc)', () => {
  it('reads a real capture, kernel threads without executables', () => {
    const r = parseProcessList(real);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.processes.length).toBeGreaterThan(50);
    const kthreadd = r.value.processes.find((p) => p.name === 'kthreadd')!;
    expect(kthreadd.exe).toBeNull();
    expect(r.value.processes.some((p) => p.exe === '/usr/bin/bash')).toBe(true);
  });

  it('splits " (deleted)" off the executable path into exeDeleted', () => {
    const r = parseProcessList(real);
    const deleted = r.ok ? r.value.processes.filter((p) => p.exeDeleted) : [];
    expect(deleted.length).toBeGreaterThan(0);
    for (const p of deleted) expect(p.exe).not.toMatch(/\(deleted\)$/);
  });

  it('reports partial when even root could not read an executable (pid 1 of the sandbox)', () => {
    const r = parseProcessList(real);
    expect(r.ok && r.value.partial).toBe(true);
  });

  it('refuses empty, truncated and foreign input', () => {
    expect(parseProcessList('')).toMatchObject({ ok: false });
    expect(parseProcessList(real.slice(0, 500))).toMatchObject({ ok: false });
    expect(parseProcessList('[]')).toMatchObject({ ok: false });
  });
});
