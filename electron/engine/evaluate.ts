import type { CheckContext } from '../checks/check';
import type { DeriveContext, FactSource, RawSet } from '../facts/fact-source';
import type { FactName, FactResult, FactSet } from '../shared/facts';
import type { CheckResult, LocalizedText, Platform } from '../shared/types';
import type { PlannedCheck } from './plan';

/** Derives each fact once per scan, however many checks read it. */
export class FactCache {
  private readonly cache = new Map<FactName, FactResult<unknown>>();

  constructor(
    private readonly raws: RawSet,
    private readonly ctx: DeriveContext,
  ) {}

  get(source: FactSource): FactResult<unknown> {
    let fact = this.cache.get(source.fact);
    if (!fact) {
      try {
        fact = source.derive(this.raws, this.ctx);
      } catch (err) {
        // A parser bug must cost one fact, not the scan.
        fact = { ok: false, probes: [...source.probes], reason: { kind: 'parse', text: { en: `Internal error while reading ${source.fact}: ${(err as Error).message}`, ja: `${source.fact} の読み取り中に内部エラー: ${(err as Error).message}` } } };
      }
      this.cache.set(source.fact, fact);
    }
    return fact;
  }
}

function remediationFor(planned: PlannedCheck, platform: Platform): LocalizedText[] {
  const r = planned.check.remediation;
  return r[platform] ?? r.all ?? [];
}

export function evaluateCheck(planned: PlannedCheck, facts: FactCache, ctx: CheckContext): CheckResult {
  const started = performance.now();
  const set: FactSet = {};
  for (const source of planned.sources) (set as Record<string, FactResult<unknown>>)[source.fact] = facts.get(source);
  const { check } = planned;
  let verdict;
  try {
    verdict = check.evaluate(set, ctx);
  } catch (err) {
    const text = { en: `Internal error in ${check.id}: ${(err as Error).message}`, ja: `${check.id} の内部エラー: ${(err as Error).message}` };
    verdict = { status: 'unknown' as const, message: text, evidence: [{ text }], reason: { kind: 'failed' as const, text } };
  }
  const needsFixing = verdict.status === 'fail' || verdict.status === 'warn' || verdict.status === 'manual';
  return {
    id: check.id,
    item: check.item,
    headline: check.headline,
    severity: check.severity,
    title: check.title,
    rationale: check.rationale,
    status: verdict.status,
    message: verdict.message,
    evidence: verdict.evidence,
    remediation: needsFixing ? remediationFor(planned, ctx.platform) : [],
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    ...(check.question ? { question: check.question } : {}),
    ...(ctx.answers[check.id] !== undefined ? { answer: ctx.answers[check.id] } : {}),
    probes: planned.probes,
    durationMs: Math.round(performance.now() - started),
  };
}
