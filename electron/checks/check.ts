import type { FactName, FactResult, FactSet } from '../shared/facts';
import type { CheckMeta, Evidence, LocalizedText, ManualQuestion, Platform, Status, UnknownReason } from '../shared/types';
import type { Signatures } from '../signatures/types';

export interface CheckContext {
  platform: Platform;
  /** The time the facts describe: now in a live scan, meta.json's capturedAt in a replay. Ages are measured from it. */
  capturedAt: Date | null;
  signatures: Signatures;
  /** Answers to manual questions, by check id. */
  answers: Readonly<Record<string, string>>;
}

export interface Verdict {
  status: Status;
  message: LocalizedText;
  evidence: Evidence[];
  reason?: UnknownReason;
}

/**
 * A check as data (after Wazuh SCA: title, rationale and remediation beside the logic) plus a pure
 * evaluate(). Ids are stable and never reused for another meaning.
 */
export interface CheckDefinition extends CheckMeta {
  /** Numbered steps per platform; `all` applies where a platform has none of its own. */
  remediation: Partial<Record<Platform | 'all', LocalizedText[]>>;
  platforms: readonly Platform[];
  /** Facts this check reads; the engine plans the probes from them. */
  needs: readonly FactName[];
  question?: ManualQuestion;
  evaluate(facts: FactSet, ctx: CheckContext): Verdict;
}

export function defineCheck(check: CheckDefinition): CheckDefinition {
  return check;
}

/** A fact the engine did not supply is unknown, never a pass. */
export function need<K extends FactName>(facts: FactSet, name: K): NonNullable<FactSet[K]> {
  const fact = facts[name];
  if (fact) return fact as NonNullable<FactSet[K]>;
  return {
    ok: false,
    probes: [],
    reason: { kind: 'unsupported', text: { en: `No way to read "${name}" on this system.`, ja: `この OS では「${name}」を調べる方法がありません。` } },
  } as NonNullable<FactSet[K]>;
}

export function unknownVerdict(fact: Extract<FactResult<unknown>, { ok: false }>, message?: LocalizedText): Verdict {
  return {
    status: 'unknown',
    message: message ?? { en: 'Could not tell.', ja: '判定できませんでした。' },
    evidence: [{ text: fact.reason.text }],
    reason: fact.reason,
  };
}

export function noCaptureTime(): Verdict {
  const text = {
    en: 'The time the data was captured is not known, so ages cannot be computed.',
    ja: 'データの取得日時が分からないため、経過日数を計算できません。',
  };
  return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'no-capture-time', text } };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `iso` to `now`, or null when `iso` is not a date. */
export function ageInDays(iso: string, now: Date): number | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.floor((now.getTime() - t) / DAY_MS);
}
