import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** One `Inst` line of `apt-get --simulate upgrade`. */
export interface AptPendingPackage {
  name: string;
  /** Installed version; null for a package the upgrade would newly install. */
  installed: string | null;
  candidate: string;
  /** Archives offering the candidate, e.g. "Debian-Security:12/oldstable-security". */
  sources: string[];
  /** Offered by a security archive (suite ending in -security). */
  security: boolean;
}

export interface AptSimulation {
  packages: AptPendingPackage[];
  /** "N not upgraded" of the summary: kept back or deferred by phasing, not in `packages`. */
  notUpgraded: number;
}

const INST = /^Inst (\S+)(?: \[([^\]]*)\])? \((\S+) ([^[]*?)\s*\[[^\]]*\]\)/;
// The summary is translated; the probe runs with LC_ALL=C, but a pasted Japanese capture is read too.
const SUMMARY_EN = /^(\d+) upgraded, (\d+) newly installed, (\d+) to remove and (\d+) not upgraded\.$/;
const SUMMARY_JA = /^アップグレード: (\d+) 個、新規インストール: (\d+) 個、削除: (\d+) 個、保留: (\d+) 個。$/;
const SECURITY_SUITE = /-security$/i;

function isSecurity(source: string): boolean {
  const suite = source.split('/').at(-1) ?? '';
  return SECURITY_SUITE.test(suite.trim());
}

/**
 * `apt-get --simulate upgrade`: one `Inst name [installed] (candidate sources [arch])` line per
 * package. The summary line must be present and agree with the Inst lines, so a cut-off output is
 * never read as "fewer updates".
 */
export function parseAptSimulate(text: string): ParseResult<AptSimulation> {
  const packages: AptPendingPackage[] = [];
  let summary: number[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('Inst ')) {
      const m = INST.exec(line);
      if (!m) return notUnderstood(`Inst line not readable: "${line.slice(0, 120)}"`);
      const sources = m[4]!.split(',').map((s) => s.trim()).filter(Boolean);
      packages.push({ name: m[1]!, installed: m[2] ?? null, candidate: m[3]!, sources, security: sources.some(isSecurity) });
      continue;
    }
    const s = SUMMARY_EN.exec(line) ?? SUMMARY_JA.exec(line);
    if (s) summary = s.slice(1, 5).map(Number);
  }
  if (!summary) return notUnderstood('no "N upgraded, N newly installed, …" summary line (output cut off or not from apt-get)');
  const [upgraded, newlyInstalled, , notUpgraded] = summary as [number, number, number, number];
  if (upgraded + newlyInstalled !== packages.length) {
    return notUnderstood(`summary names ${upgraded + newlyInstalled} packages but ${packages.length} Inst lines were found`);
  }
  return parsed({ packages, notUpgraded });
}
