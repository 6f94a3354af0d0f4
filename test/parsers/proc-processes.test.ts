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

  it('reports partial, names the hidden process and that root read it (pid 1 of the sandbox)', () => {
    const r = parseProcessList(real);
    expect(r.ok && r.value.partial).toBe(true);
    expect(r.ok && r.value.hidden).toEqual([{ pid: 1, name: 'process_api' }]);
    expect(r.ok && r.value.elevated).toBe(true);
  });

  it('accepts a hand-made list without the viewer field as "rights not known"', () => {
    const r = parseProcessList(JSON.stringify({ processes: [{ pid: 5, name: 'bash', exe: '/usr/bin/bash', cmdline: 'bash', user: 'alice' }], unreadable: 0 }));
    expect(r.ok && r.value.elevated).toBeNull();
  });

  it('refuses empty, truncated and foreign input', () => {
    expect(parseProcessList('')).toMatchObject({ ok: false });
    expect(parseProcessList(real.slice(0, 500))).toMatchObject({ ok: false });
    expect(parseProcessList('[]')).toMatchObject({ ok: false });
  });
});
