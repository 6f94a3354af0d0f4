import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSet } from '../../electron/facts/fact-source';
import type { RawOutput } from '../../electron/shared/types';

/** Test helpers for the Windows activity facts: inventories built around the section fixtures. */
export const windowsFixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8');
export const sectionFixture = (name: string): unknown => JSON.parse(windowsFixture(name));

export type Section = { ok: true; value: unknown } | { ok: false; error: string };

/** The windows.inventory envelope as the batched script writes it (electron/probes/windows/inventory-script.ts). */
export function inventory(sections: Record<string, Section>, isAdmin: boolean | null = true): RawOutput {
  const stdout = JSON.stringify({ schema: 1, isAdmin, culture: 'ja-JP', sections });
  return { probeId: 'windows.inventory', format: 'json', stdout, stderr: '', exitCode: 0, durationMs: 4200 };
}

export function text(probeId: string, stdout: string, format: RawOutput['format'] = 'text'): RawOutput {
  return { probeId, format, stdout, stderr: '', exitCode: 0, durationMs: 1 };
}

export function rawSet(...outputs: RawOutput[]): RawSet {
  const byId = new Map(outputs.map((o) => [o.probeId, o]));
  return { get: (id) => byId.get(id) };
}
