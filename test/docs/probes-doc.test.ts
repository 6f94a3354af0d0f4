import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderProbesDoc } from '../../electron/cli/probes-doc';
import { FACT_SOURCES } from '../../electron/facts/index';
import { PROBE_BY_ID, PROBES } from '../../electron/probes/catalog';

describe('docs/probes.md', () => {
  it('is exactly what the probe catalog says (regenerate with: node bin/botcheck.js probes > docs/probes.md)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../docs/probes.md'), 'utf8')).toBe(renderProbesDoc());
  });

  it('every probe id is unique, starts with its OS, and is read by some fact source', () => {
    expect(new Set(PROBES.map((p) => p.id)).size).toBe(PROBES.length);
    const prefix = { linux: 'linux.', win32: 'windows.', darwin: 'macos.' };
    for (const p of PROBES) expect(p.id.startsWith(prefix[p.platform])).toBe(true);
    const read = new Set(FACT_SOURCES.flatMap((s) => s.probes));
    for (const p of PROBES) expect(read, `${p.id} is read`).toContain(p.id);
  });

  it('every probe a fact source names exists, on the same platform', () => {
    for (const s of FACT_SOURCES) for (const id of s.probes) expect(PROBE_BY_ID.get(id)?.platform, `${s.fact} on ${s.platform} reads ${id}`).toBe(s.platform);
  });

  it('every probe that runs a program names it by absolute path', () => {
    for (const p of PROBES) {
      const first = p.command.split(' ')[0]!;
      if (first.includes('/') || first.includes('\\')) expect(first.startsWith('/') || /^[A-Z]:\\/i.test(first) || first.startsWith('%')).toBe(true);
    }
  });
});
