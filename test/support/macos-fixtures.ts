import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSet } from '../../electron/facts/fact-source';
import type { ProbeError, RawOutput } from '../../electron/shared/types';

/** A real macOS output from test/fixtures/macos (SOURCES.tsv there says where each came from). */
export const macosFixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/macos', name), 'utf8');

export function raw(probeId: string, stdout: string, extra: Partial<RawOutput> = {}): RawOutput {
  return { probeId, format: probeId === 'macos.browsers' || probeId === 'macos.connections' ? 'json' : 'text', stdout, stderr: '', exitCode: 0, durationMs: 1, ...extra };
}

export function failed(probeId: string, kind: ProbeError['kind'], message = 'test'): RawOutput {
  return { ...raw(probeId, ''), exitCode: null, error: { kind, message } };
}

export function rawSet(...outputs: RawOutput[]): RawSet {
  const byId = new Map(outputs.map((o) => [o.probeId, o]));
  return { get: (id) => byId.get(id) };
}
