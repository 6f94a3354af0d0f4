import type { FactResult, PackageUpdateFacts } from '../shared/facts';
import type { RawOutput } from '../shared/types';
import { parseAptListsStamp } from '../parsers/apt-lists-stamp';
import { parseAptListUpgradable } from '../parsers/apt-list-upgradable';
import { dnfSaysNothingPending, parseDnfCheckUpdate } from '../parsers/dnf-check-update';
import { defineFactSource, type RawSet } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';

const APT = 'linux.apt-list-upgradable';
const LISTS = 'linux.apt-lists-stamp';
const DNF = 'linux.dnf-check-update';
const PROBES = [APT, LISTS, DNF] as const;
const NAMES_KEPT = 10;

function exitProblem(probeId: string, raw: RawOutput): FactResult<PackageUpdateFacts> {
  const detail = raw.stderr.trim().split(/\r?\n/)[0] ?? '';
  return unknownFact(PROBES, {
    kind: 'failed',
    text: {
      en: `${probeId}: exited with code ${raw.exitCode}${detail ? ` (${detail})` : ''}.`,
      ja: `${probeId}: 終了コード ${raw.exitCode} で終了しました${detail ? ` (${detail})` : ''}。`,
    },
  });
}

/** apt reads whatever lists are cached; with none downloaded it reports 0 pending, which means nothing. */
function listsNeverDownloaded(raws: RawSet): boolean {
  const raw = raws.get(LISTS);
  if (!raw || raw.error) return false;
  const stamp = parseAptListsStamp(raw.stdout);
  return stamp.ok && stamp.value.listsDirFound && stamp.value.newestReleaseAt === null;
}

function fromApt(raws: RawSet, raw: RawOutput): FactResult<PackageUpdateFacts> {
  const problem = probeProblem(APT, raw);
  if (problem) return unknownFact(PROBES, problem);
  if (raw.exitCode !== 0) return exitProblem(APT, raw);
  const list = parseAptListUpgradable(raw.stdout);
  if (!list.ok) return unknownFact(PROBES, parseProblem(APT, list.reason));
  if (listsNeverDownloaded(raws)) {
    return unknownFact(PROBES, {
      kind: 'failed',
      text: {
        en: 'apt has no downloaded package lists, so it cannot know of any update. Run "sudo apt update" first.',
        ja: 'apt のパッケージ一覧が一度もダウンロードされていないため、更新の有無が分かりません。先に「sudo apt update」を実行してください。',
      },
    });
  }
  const packages = list.value;
  const security = packages.filter((p) => p.security);
  // Security fixes first, so the few names shown as evidence are the ones that matter.
  const shown = [...security, ...packages.filter((p) => !p.security)].slice(0, NAMES_KEPT);
  return knownFact(PROBES, { manager: 'apt', pending: packages.length, security: security.length, names: shown.map((p) => p.name) });
}

function fromDnf(raw: RawOutput): FactResult<PackageUpdateFacts> {
  const problem = probeProblem(DNF, raw);
  if (problem) return unknownFact(PROBES, problem);
  if (raw.exitCode !== 0 && raw.exitCode !== 100) return exitProblem(DNF, raw);
  // Read the rows whatever the exit code: a replay folder without meta.json reports exit 0.
  const list = parseDnfCheckUpdate(raw.stdout);
  if (!list.ok) {
    if (raw.exitCode === 0 && dnfSaysNothingPending(raw.stdout)) return knownFact(PROBES, { manager: 'dnf', pending: 0, security: null, names: [] });
    return unknownFact(PROBES, parseProblem(DNF, list.reason));
  }
  const { packages } = list.value;
  // check-update does not say which updates are security fixes.
  return knownFact(PROBES, { manager: 'dnf', pending: packages.length, security: null, names: packages.slice(0, NAMES_KEPT).map((p) => p.name) });
}

/** The probe ran on this machine: not absent from it, and not absent from a replay folder. */
const ran = (raw: RawOutput | undefined): raw is RawOutput => raw !== undefined && raw.error?.kind !== 'not-found' && raw.error?.kind !== 'missing';
const unrecorded = (raw: RawOutput | undefined): boolean => raw === undefined || raw.error?.kind === 'missing';

/** apt where apt exists, else dnf where dnf exists; with neither the machine's updates cannot be read. */
export const linuxPackageUpdates = defineFactSource({
  fact: 'packageUpdates',
  platform: 'linux',
  probes: PROBES,
  derive(raws) {
    const apt = raws.get(APT);
    if (ran(apt)) return fromApt(raws, apt);
    const dnf = raws.get(DNF);
    if (ran(dnf)) return fromDnf(dnf);
    if (unrecorded(apt)) return unknownFact(PROBES, probeProblem(APT, apt)!);
    if (unrecorded(dnf)) return unknownFact(PROBES, probeProblem(DNF, dnf)!);
    return unknownFact(PROBES, {
      kind: 'unsupported',
      text: {
        en: 'Neither apt nor dnf was found, so pending updates cannot be read on this distribution.',
        ja: 'apt も dnf も見つからないため、このディストリビューションでは未適用の更新を調べられません。',
      },
    });
  },
});
