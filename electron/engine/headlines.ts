import type { CheckResult, Headline, HeadlineResult, Status } from '../shared/types';

const EMPTY: Record<Status, number> = { pass: 0, warn: 0, fail: 0, unknown: 0, not_applicable: 0, manual: 0 };

const SUMMARIES: Record<Exclude<Headline, 'none'>, Record<'pass' | 'warn' | 'fail' | 'unknown', (n: number) => { en: string; ja: string }>> = {
  protection: {
    pass: () => ({ en: 'Your PC is protected.', ja: 'この PC は守られています。' }),
    warn: (n) => ({ en: `Your PC is at risk: ${n} item(s) need attention.`, ja: `この PC には危険があります: ${n} 件の項目に対応が必要です。` }),
    fail: (n) => ({ en: `Your PC is not protected: ${n} problem(s) found.`, ja: `この PC は守られていません: ${n} 件の問題があります。` }),
    unknown: (n) => ({ en: `Could not tell whether your PC is protected: ${n} item(s) could not be checked.`, ja: `この PC が守られているか判定できません: ${n} 件の項目を確認できませんでした。` }),
  },
  infection: {
    pass: () => ({ en: 'No signs of a bot were found.', ja: 'ボット感染の兆候は見つかりませんでした。' }),
    warn: (n) => ({ en: `Something unusual was found: ${n} item(s) to check.`, ja: `普段と違う点が見つかりました: ${n} 件を確認してください。` }),
    fail: (n) => ({ en: `Signs of a bot were found: ${n} item(s).`, ja: `ボット感染の兆候が見つかりました: ${n} 件。` }),
    unknown: (n) => ({ en: `No signs found in what could be checked, but ${n} check(s) could not run.`, ja: `確認できた範囲では兆候はありませんが、${n} 件の確認ができませんでした。` }),
  },
};

function statusFromCounts(counts: Record<Status, number>): 'pass' | 'warn' | 'fail' | 'unknown' {
  return counts.fail > 0 ? 'fail' : counts.warn > 0 ? 'warn' : counts.unknown > 0 || counts.pass === 0 ? 'unknown' : 'pass';
}

/** The headline rule over bare statuses (for a decoded support code). */
export function headlineStatus(statuses: readonly Status[]): Status {
  const counts = { ...EMPTY };
  for (const s of statuses) counts[s]++;
  return statusFromCounts(counts);
}

/**
 * A headline is only as good as its worst part: any fail → fail, else any warn → warn, else any
 * unknown → unknown. "pass" needs every counted check to have passed.
 */
export function headline(kind: Exclude<Headline, 'none'>, results: readonly CheckResult[]): HeadlineResult {
  const counts = { ...EMPTY };
  for (const r of results) if (r.headline === kind) counts[r.status]++;
  const status = statusFromCounts(counts);
  const n = status === 'pass' ? counts.pass : counts[status];
  return { status, counts, summary: SUMMARIES[kind][status](n) };
}
