import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** `clamscan --version` / `clamdscan --version`: `ClamAV <engine>/<daily db version>/<daily db build time>`. */
export interface ClamavVersion {
  engineVersion: string;
  /** Daily database version; null when no database was found. */
  databaseVersion: string | null;
  /** Build time of the daily database, ISO 8601; null when absent. ClamAV prints it in the machine's local time without a zone; it is read as UTC (at most a day off). */
  databaseBuiltAt: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** C `ctime()` form: `Fri Feb 16 01:21:10 2018` (day padded with a space when single-digit), in the PC's local time. */
export function parseCtime(text: string): string | null {
  const m = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!);
  if (month < 0) return null;
  return new Date(Number(m[6]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])).toISOString();
}

export function parseClamavVersion(text: string): ParseResult<ClamavVersion> {
  // Deprecated-option WARNING lines and shell prompts may surround the version line; the last one wins.
  const lines = text.split(/\r?\n/).filter((l) => /^ClamAV \d/.test(l.trim()));
  const line = lines.at(-1)?.trim();
  if (!line) return notUnderstood('no "ClamAV <version>" line');
  const [head, dbVersion, ...dateParts] = line.slice('ClamAV '.length).split('/');
  if (!head || !/^\d+(\.\d+)*/.test(head)) return notUnderstood(`engine version not readable in "${line}"`);
  if (dbVersion === undefined) return parsed({ engineVersion: head, databaseVersion: null, databaseBuiltAt: null });
  if (!/^\d+$/.test(dbVersion)) return notUnderstood(`database version not a number in "${line}"`);
  const builtAt = parseCtime(dateParts.join('/'));
  if (!builtAt) return notUnderstood(`database date not readable in "${line}"`);
  return parsed({ engineVersion: head, databaseVersion: dbVersion, databaseBuiltAt: builtAt });
}
