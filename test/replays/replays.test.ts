import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan';
import type { Status } from '../../electron/shared/types';
import { bundledSignatures } from '../support/signatures';

/**
 * Whole recorded machines: each folder holds what `botcheck scan --record` wrote on a real machine
 * (SOURCE.md says which and how), and expected.json the report it must give.
 */
interface Expected {
  headlines: { protection: Status; infection: Status };
  checks: Record<string, Status>;
  evidence?: Record<string, string[]>;
}

const ROOT = import.meta.dirname;
const machines = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory());

describe('replays of recorded machines', () => {
  it('exist', () => {
    expect(machines.length).toBeGreaterThan(0);
  });

  it.each(machines)('%s', async (name) => {
    const dir = join(ROOT, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    expect(readFileSync(join(dir, 'SOURCE.md'), 'utf8').length).toBeGreaterThan(0);
    const report = await scan({ signatures: await bundledSignatures(), replayDir: dir });
    expect(report.mode).toBe('replay');
    expect({ protection: report.headlines.protection.status, infection: report.headlines.infection.status }).toEqual(expected.headlines);
    expect(Object.fromEntries(report.checks.map((c) => [c.id, c.status]))).toEqual(expected.checks);
    for (const [id, needles] of Object.entries(expected.evidence ?? {})) {
      const text = report.checks.find((c) => c.id === id)!.evidence.map((e) => e.text.en).join('\n');
      for (const needle of needles) expect(text, `${id} evidence`).toContain(needle);
    }
  });
});
