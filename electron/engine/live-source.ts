import type { ProbeDefinition } from '../probes/probe';
import type { ProgressEvent, RawOutput } from '../shared/types';

const CONCURRENCY = 6;

async function runOne(probe: ProbeDefinition): Promise<RawOutput> {
  const started = performance.now();
  let run;
  try {
    if (!probe.run) throw new Error('replay-only probe: nothing to run on a live machine');
    run = await probe.run();
  } catch (err) {
    run = { stdout: '', stderr: '', exitCode: null, error: { kind: 'failed' as const, message: (err as Error).message } };
  }
  return {
    probeId: probe.id,
    format: probe.format,
    stdout: run.stdout,
    stderr: run.stderr,
    exitCode: run.exitCode,
    durationMs: Math.round(performance.now() - started),
    ...(run.error ? { error: run.error } : {}),
  };
}

/**
 * Runs every planned probe once, at most CONCURRENCY at a time (two cores, and PowerShell or apt
 * each take a whole one), reporting each as it finishes.
 */
export async function runProbes(probes: readonly ProbeDefinition[], onDone: (raw: RawOutput) => void, emit: (e: ProgressEvent) => void): Promise<Map<string, RawOutput>> {
  const results = new Map<string, RawOutput>();
  const queue = [...probes];
  async function worker(): Promise<void> {
    for (let probe = queue.shift(); probe; probe = queue.shift()) {
      const raw = await runOne(probe);
      results.set(raw.probeId, raw);
      emit({ type: 'probe-finished', probeId: raw.probeId, durationMs: raw.durationMs, ...(raw.error ? { error: raw.error } : {}) });
      onDone(raw);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, probes.length) }, worker));
  return results;
}
