import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** One row of `apt list --upgradable`. */
export interface AptUpgradable {
  name: string;
  /** Suites offering the candidate, e.g. ["oldstable", "oldstable-security"]. */
  suites: string[];
  candidate: string;
  installed: string;
  /** Offered by a security suite (name ending in -security). */
  security: boolean;
}

// `name/suite[,suite…] candidate arch [upgradable from: installed]`; Japanese: `[installed からアップグレード可]`.
const ROW = /^(\S+?)\/(\S+) (\S+) (\S+) \[(?:upgradable from: (\S+)|(\S+) からアップグレード可)\]$/;
// The header is translated: the probe runs with LC_ALL=C, but a pasted Japanese capture is read too.
const HEADER = /^(Listing\.\.\.|一覧表示\.\.\.)( (Done|完了))?$/;
const NOISE = /^(WARNING: apt does not have a stable CLI interface|\S+@\S+:.*[$#] )/;

/**
 * `apt list --upgradable`: the header line, then one row per package with a newer candidate. The
 * header must be there (an empty output is not "no updates"), and any other line is refused, so a
 * pasted list cut in the middle of a row is never read as fewer updates. A paste cut exactly at a
 * row's end cannot be told apart.
 */
export function parseAptListUpgradable(text: string): ParseResult<AptUpgradable[]> {
  const rows: AptUpgradable[] = [];
  let header = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || NOISE.test(line)) continue;
    if (HEADER.test(line)) {
      header = true;
      continue;
    }
    const m = ROW.exec(line);
    if (!m || !header) return notUnderstood(header ? `row not readable: "${line.slice(0, 120)}"` : `no "Listing..." header before "${line.slice(0, 60)}"`);
    const suites = [...new Set(m[2]!.split(',').filter(Boolean))];
    rows.push({ name: m[1]!, suites, candidate: m[3]!, installed: (m[5] ?? m[6])!, security: suites.some((s) => s.endsWith('-security')) });
  }
  if (!header) return notUnderstood('no "Listing..." header (not apt list output, or empty)');
  return parsed(rows);
}
