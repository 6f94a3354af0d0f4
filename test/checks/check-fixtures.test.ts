import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../electron/checks/index';
import type { FactSet } from '../../electron/shared/facts';
import type { Platform, Status } from '../../electron/shared/types';
import { bundledSignatures } from '../support/signatures';

/**
 * One runner for every check fixture (after ComplianceAsCode's tests/*.pass.sh): the file name
 * states the status the check must produce, e.g. fixtures/av-002/clamav-9-days.fail.json.
 */
const ROOT = join(import.meta.dirname, 'fixtures');
const STATUSES: Status[] = ['pass', 'warn', 'fail', 'unknown', 'not_applicable', 'manual'];

interface Fixture {
  capturedAt: string | null;
  platform: Platform;
  facts: FactSet;
  answers?: Record<string, string>;
}

const cases = readdirSync(ROOT).flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ dir, file, expected: file.replace(/\.json$/, '').split('.').pop() as Status })),
);

describe('check fixtures', () => {
  it('exist for every check that reads facts, and every folder names a real check', () => {
    const dirs = new Set(cases.map((c) => c.dir));
    for (const dir of dirs) expect(CHECKS.map((c) => c.id.toLowerCase())).toContain(dir);
    for (const check of CHECKS) expect(dirs, `fixtures for ${check.id}`).toContain(check.id.toLowerCase());
  });

  it.each(cases)('$dir/$file', async ({ dir, file, expected }) => {
    expect(STATUSES).toContain(expected);
    const check = CHECKS.find((c) => c.id.toLowerCase() === dir)!;
    const fixture = JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as Fixture;
    const verdict = check.evaluate(fixture.facts, {
      platform: fixture.platform,
      capturedAt: fixture.capturedAt ? new Date(fixture.capturedAt) : null,
      signatures: await bundledSignatures(),
      answers: fixture.answers ?? {},
    });
    expect(verdict.status).toBe(expected);
    expect(verdict.message.en.length).toBeGreaterThan(0);
    expect(verdict.message.ja.length).toBeGreaterThan(0);
    if (expected === 'unknown') expect(verdict.reason, 'unknown always carries its reason').toBeDefined();
    if (expected === 'fail' || expected === 'warn') expect(verdict.evidence.length, 'a problem always shows its evidence').toBeGreaterThan(0);
  });
});
