import { readFileSync } from 'node:fs';
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
});
