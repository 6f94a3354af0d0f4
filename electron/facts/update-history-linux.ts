import type { FactResult, UpdateHistoryFacts } from '../shared/facts';
import type { RawOutput } from '../shared/types';
import { lastSuccessfulUpgrade, parseAptHistory } from '../parsers/apt-history';
import { parseAptListsStamp, type AptListsStamp } from '../parsers/apt-lists-stamp';
import { dnfMetadataCheckedAt } from '../parsers/dnf-check-update';
import { defineFactSource, type RawSet } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';

const HISTORY = 'linux.apt-history';
const ROTATED = 'linux.apt-history-rotated';
const LISTS = 'linux.apt-lists-stamp';
const DNF = 'linux.dnf-check-update';
const PROBES = [HISTORY, ROTATED, LISTS, DNF] as const;

type Stamp = { kind: 'apt'; stamp: AptListsStamp } | { kind: 'no-apt' } | { kind: 'unknown'; result: FactResult<UpdateHistoryFacts> };

function readStamp(raw: RawOutput | undefined): Stamp {
  const problem = probeProblem(LISTS, raw);
  if (problem) return { kind: 'unknown', result: unknownFact(PROBES, problem) };
  // find exits 1 when a start directory is missing; with nothing printed there is no apt at all.
  if (raw!.stdout.trim() === '' && raw!.exitCode === 1) return { kind: 'no-apt' };
  const stamp = parseAptListsStamp(raw!.stdout);
  if (!stamp.ok) return { kind: 'unknown', result: unknownFact(PROBES, parseProblem(LISTS, stamp.reason)) };
  return stamp.value.listsDirFound ? { kind: 'apt', stamp: stamp.value } : { kind: 'no-apt' };
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * The last upgrade in the previous month's log, when it can be read; else null, as before the log
 * was first rotated (a recording made before this probe existed has none).
 */
function rotatedUpgrade(raw: RawOutput | undefined): string | null {
  if (!raw || raw.error || raw.stdout.trim() === '') return null;
  const history = parseAptHistory(raw.stdout);
  return history.ok ? lastSuccessfulUpgrade(history.value) : null;
}

function fromApt(raws: RawSet, stamp: AptListsStamp): FactResult<UpdateHistoryFacts> {
  const listsRefreshedAt = latest(stamp.updateSuccessAt, stamp.newestReleaseAt);
  const raw = raws.get(HISTORY);
  // No log, or an empty one after monthly rotation: the last upgrade, if any, is in the rotated one.
  if (raw?.error?.kind === 'not-found' || (raw && !raw.error && raw.stdout.trim() === '')) {
    return knownFact(PROBES, { lastUpgradeAt: rotatedUpgrade(raws.get(ROTATED)), listsRefreshedAt });
  }
  const problem = probeProblem(HISTORY, raw);
  if (problem) return unknownFact(PROBES, problem);
  const history = parseAptHistory(raw!.stdout);
  if (!history.ok) return unknownFact(PROBES, parseProblem(HISTORY, history.reason));
  return knownFact(PROBES, { lastUpgradeAt: lastSuccessfulUpgrade(history.value) ?? rotatedUpgrade(raws.get(ROTATED)), listsRefreshedAt });
}

function fromDnf(raw: RawOutput | undefined): FactResult<UpdateHistoryFacts> {
  const problem = probeProblem(DNF, raw);
  if (problem) return unknownFact(PROBES, problem);
  if (raw!.exitCode !== 0 && raw!.exitCode !== 100) {
    return unknownFact(PROBES, {
      kind: 'failed',
      text: { en: `${DNF}: exited with code ${raw!.exitCode}.`, ja: `${DNF}: 終了コード ${raw!.exitCode} で終了しました。` },
    });
  }
  // dnf's own history is not read; only the metadata refresh time is known here.
  return knownFact(PROBES, { lastUpgradeAt: null, listsRefreshedAt: dnfMetadataCheckedAt(`${raw!.stdout}\n${raw!.stderr}`) });
}

/** apt: history.log and the lists' timestamps; dnf: the metadata expiration check line. */
export const linuxUpdateHistory = defineFactSource({
  fact: 'updateHistory',
  platform: 'linux',
  probes: PROBES,
  derive(raws) {
    const stamp = readStamp(raws.get(LISTS));
    if (stamp.kind === 'apt') return fromApt(raws, stamp.stamp);
    const dnf = raws.get(DNF);
    if (dnf && dnf.error?.kind !== 'not-found' && dnf.error?.kind !== 'missing') return fromDnf(dnf);
    if (stamp.kind === 'unknown') return stamp.result;
    if (!dnf || dnf.error?.kind === 'missing') return unknownFact(PROBES, probeProblem(DNF, dnf)!);
    return unknownFact(PROBES, {
      kind: 'unsupported',
      text: {
        en: 'Neither apt nor dnf was found, so the time of the last update cannot be read on this distribution.',
        ja: 'apt も dnf も見つからないため、このディストリビューションでは最後に更新した日時を調べられません。',
      },
    });
  },
});
