import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** `find /var/lib/apt/lists /var/lib/apt/periodic -maxdepth 1 -printf '%T@ %p\n'`: mtime and path per entry. */
export interface AptListsStamp {
  /** The lists directory itself was listed (apt is set up on this machine). */
  listsDirFound: boolean;
  /**
   * Newest modification time of a downloaded Release/InRelease file, ISO 8601. apt stamps each list
   * file with the archive's own date, so this is when the newest list was published: the lists are at
   * least this current. Null when no list was ever downloaded.
   */
  newestReleaseAt: string | null;
  /** mtime of update-success-stamp (touched after each successful `apt update` where installed). */
  updateSuccessAt: string | null;
}

const LISTS_DIR = '/var/lib/apt/lists';
const LINE = /^(\d+)(?:\.\d+)? (\/.*)$/;
const RELEASE_FILE = /_(In)?Release$/;

export function parseAptListsStamp(text: string): ParseResult<AptListsStamp> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return notUnderstood('empty output');
  let listsDirFound = false;
  let newestRelease = -1;
  let updateSuccess = -1;
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) return notUnderstood(`not "<seconds> <path>": "${line.slice(0, 80)}"`);
    const seconds = Number(m[1]);
    const path = m[2]!;
    if (path === LISTS_DIR) listsDirFound = true;
    else if (path.startsWith(`${LISTS_DIR}/`) && RELEASE_FILE.test(path)) newestRelease = Math.max(newestRelease, seconds);
    else if (path === '/var/lib/apt/periodic/update-success-stamp') updateSuccess = seconds;
  }
  const iso = (s: number) => (s < 0 ? null : new Date(s * 1000).toISOString());
  return parsed({ listsDirFound, newestReleaseAt: iso(newestRelease), updateSuccessAt: iso(updateSuccess) });
}
