import type { UnknownReason } from '../shared/types';
import type { ParseResult } from '../parsers/parse-result';
import type { RawSet } from './fact-source';
import { parseProblem, probeProblem } from './raw-helpers';

/** One macOS probe read through its parser: the value, or why there is none. */
export type Read<T> = { ok: true; value: T } | { ok: false; reason: UnknownReason };

/**
 * Reads one probe. `exitCodes` lists the exit codes whose output is still an answer (spctl exits 1
 * for "assessments disabled"); any other non-zero exit is a failure with the tool's own words.
 */
export function readProbe<T>(raws: RawSet, probeId: string, parse: (text: string) => ParseResult<T>, exitCodes: readonly number[] = [0]): Read<T> {
  const raw = raws.get(probeId);
  const problem = probeProblem(probeId, raw);
  if (problem) return { ok: false, reason: problem };
  const { stdout, stderr, exitCode } = raw!;
  if (exitCode !== null && !exitCodes.includes(exitCode)) {
    const said = (stderr.trim() || stdout.trim()).split(/\r?\n/)[0]?.slice(0, 160) ?? '';
    return {
      ok: false,
      reason: { kind: 'failed', text: { en: `${probeId}: exited with code ${exitCode}${said ? ` (${said})` : ''}.`, ja: `${probeId}: 終了コード ${exitCode} で終了しました${said ? ` (${said})` : ''}。` } },
    };
  }
  const result = parse(stdout);
  return result.ok ? result : { ok: false, reason: parseProblem(probeId, result.reason) };
}
