import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSet } from '../../electron/facts/fact-source';
import type { ProbeError, RawOutput } from '../../electron/shared/types';

/** Test helpers: RawOutput objects built around real fixture files. */
export const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

export function raw(probeId: string, stdout: string, extra: Partial<RawOutput> = {}): RawOutput {
  return { probeId, format: 'text', stdout, stderr: '', exitCode: 0, durationMs: 1, ...extra };
}

export function failed(probeId: string, kind: ProbeError['kind'], message = 'test'): RawOutput {
  return { probeId, format: 'text', stdout: '', stderr: '', exitCode: null, durationMs: 1, error: { kind, message } };
}

export function rawSet(...outputs: RawOutput[]): RawSet {
  const byId = new Map(outputs.map((o) => [o.probeId, o]));
  return { get: (id) => byId.get(id) };
}
