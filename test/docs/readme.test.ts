import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChecksTable } from '../../electron/cli/checks-table';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('shows the checks table as the code defines it (regenerate: npx tsx scripts/checks-table.ts --write)', () => {
    expect(readme).toContain(renderChecksTable());
  });

  it('gives the test command that .ci/run runs', () => {
    const ci = readFileSync(join(import.meta.dirname, '../../.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm test$/m);
    expect(readme).toMatch(/^npm test\b/m);
  });

  it('shows every screenshot it links to, each screen in both languages', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\((docs\/screenshots\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThan(20);
    for (const image of images) expect(existsSync(join(import.meta.dirname, '../..', image)), image).toBe(true);
    const en = images.filter((i) => i.includes('/en/')).map((i) => i.replace('/en/', '/'));
    const ja = images.filter((i) => i.includes('/ja/')).map((i) => i.replace('/ja/', '/'));
    expect(new Set(ja)).toEqual(new Set(en));
  });
});
