import type { FactResult } from '../shared/facts';
import type { LocalizedText, RawOutput, UnknownReason } from '../shared/types';
import type { ParseResult } from '../parsers/parse-result';
import type { RawSet } from './fact-source';

export function unknownFact<T>(probes: readonly string[], reason: UnknownReason): FactResult<T> {
  return { ok: false, reason, probes: [...probes] };
}

export function knownFact<T>(probes: readonly string[], value: T): FactResult<T> {
  return { ok: true, value, probes: [...probes] };
}

/** Why a probe's output cannot be used, in words for the user; null when it ran and produced output. */
export function probeProblem(probeId: string, raw: RawOutput | undefined): UnknownReason | null {
  if (!raw) return { kind: 'missing', text: { en: `${probeId}: no output was captured.`, ja: `${probeId}: 出力が記録されていません。` } };
  const err = raw.error;
  if (!err) return null;
  const texts: Record<typeof err.kind, LocalizedText> = {
    missing: { en: `${probeId}: not in the recorded folder.`, ja: `${probeId}: 記録フォルダーにありません。` },
    'not-found': { en: `${probeId}: the program or file was not found (${err.message}).`, ja: `${probeId}: プログラムまたはファイルが見つかりません (${err.message})。` },
    timeout: { en: `${probeId}: timed out (${err.message}).`, ja: `${probeId}: 時間内に応答がありませんでした (${err.message})。` },
    permission: { en: `${probeId}: not allowed without administrator rights (${err.message}).`, ja: `${probeId}: 管理者権限がないため読めません (${err.message})。` },
    failed: { en: `${probeId}: failed (${err.message}).`, ja: `${probeId}: 失敗しました (${err.message})。` },
  };
  return { kind: err.kind, text: texts[err.kind] };
}

export function parseProblem(probeId: string, reason: string): UnknownReason {
  return {
    kind: 'parse',
    text: { en: `${probeId}: output not understood (${reason}).`, ja: `${probeId}: 出力を解釈できませんでした (${reason})。` },
  };
}

/** The common path: one probe, one parser; any probe or parse problem becomes an unknown fact. */
export function fromOneProbe<T, F>(
  raws: RawSet,
  probeId: string,
  parse: (text: string) => ParseResult<T>,
  toFact: (value: T) => F,
): FactResult<F> {
  const raw = raws.get(probeId);
  const problem = probeProblem(probeId, raw);
  if (problem) return unknownFact([probeId], problem);
  const result = parse(raw!.stdout);
  if (!result.ok) return unknownFact([probeId], parseProblem(probeId, result.reason));
  return knownFact([probeId], toFact(result.value));
}
