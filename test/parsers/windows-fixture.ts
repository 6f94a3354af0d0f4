import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real Windows outputs in test/fixtures/windows (sources in its SOURCES.tsv). */
export const winFixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8');

/** A section's value out of an assembled inventory envelope. */
export function sectionValue(file: string, key: string): unknown {
  const envelope = JSON.parse(winFixture(file)) as { sections: Record<string, { ok: boolean; value?: unknown }> };
  return envelope.sections[key]!.value;
}
