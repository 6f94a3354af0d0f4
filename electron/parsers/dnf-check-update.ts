import { parseCtime } from './clamav-version';
import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** One row of `dnf check-update`: `name.arch  version-release  repo`. */
export interface DnfPendingPackage {
  name: string;
  arch: string;
  version: string;
  repo: string;
}

export interface DnfCheckUpdate {
  packages: DnfPendingPackage[];
  /** "Last metadata expiration check … on <date>", ISO 8601 (local time read as UTC); null when not printed. */
  metadataCheckedAt: string | null;
}

const ROW = /^(\S+)\.([A-Za-z0-9_]+)\s+(\S+)\s+(\S+)$/;
const METADATA = /^Last metadata expiration check: .* ago on (.+?)\.?$/;
// Lines dnf prints around the table; "Security:" notices say a security kernel is installed but not running.
const NOISE = [/^Last metadata expiration check:/, /^Updating and loading repositories:/, /^Repositories loaded\./, /^Security: /];

/** When dnf says it last refreshed its metadata, from stdout or stderr; null when it does not say. */
export function dnfMetadataCheckedAt(text: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    const m = METADATA.exec(line.trim());
    if (m) return parseCtime(m[1]!);
  }
  return null;
}

/** Output of a check-update that found nothing: only dnf's own status lines, or nothing at all. */
export function dnfSaysNothingPending(text: string): boolean {
  return text.split(/\r?\n/).every((raw) => {
    const line = raw.trim();
    return line === '' || NOISE.some((n) => n.test(line));
  });
}

/**
 * `dnf check-update` when it exited 100 (updates available): the package table. Long names wrap
 * onto their own line; everything from "Obsoleting Packages" on repeats packages already listed.
 */
export function parseDnfCheckUpdate(text: string): ParseResult<DnfCheckUpdate> {
  const packages: DnfPendingPackage[] = [];
  let wrapped: string | null = null;
  let skipped = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^Obsoleting [Pp]ackages/.test(line)) break;
    if (line === '' || NOISE.some((n) => n.test(line))) continue;
    const joined: string = wrapped ? `${wrapped} ${line}` : line;
    wrapped = null;
    const m = ROW.exec(joined);
    if (m && /\d/.test(m[3]!)) {
      packages.push({ name: m[1]!, arch: m[2]!, version: m[3]!, repo: m[4]! });
    } else if (/^\S+\.[A-Za-z0-9_]+$/.test(joined)) {
      wrapped = joined;
    } else {
      skipped += 1;
    }
  }
  if (packages.length === 0) return notUnderstood('no "name.arch version repo" rows');
  if (skipped > packages.length) return notUnderstood(`${skipped} lines were not package rows`);
  return parsed({ packages, metadataCheckedAt: dnfMetadataCheckedAt(text) });
}
