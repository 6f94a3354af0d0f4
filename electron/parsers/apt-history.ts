import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** One transaction of /var/log/apt/history.log, from Start-Date to End-Date. */
export interface AptHistoryEntry {
  /** ISO 8601. apt writes local time without a zone; it is read as UTC (at most a day off). */
  startedAt: string;
  /** ISO 8601; null when the block has no End-Date (apt was interrupted, or the log was cut). */
  endedAt: string | null;
  commandline: string | null;
  /** Packages on the Upgrade: line. */
  upgraded: number;
  /** Packages on the Install: line. */
  installed: number;
  /** The Error: line, when apt recorded one. */
  error: string | null;
}

export interface AptHistory {
  entries: AptHistoryEntry[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})\s+(\d{2}):(\d{2}):(\d{2})$/;
// Each package reads `name:arch (version[, version][, automatic])`; names never contain spaces.
const PACKAGE_ITEM = /[^\s,()]+ \([^)]*\)/g;

/** apt writes the PC's local time: read as that, so the instant is right in every zone. */
function readDate(text: string): string | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])).getTime();
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function countPackages(list: string): number {
  return list.match(PACKAGE_ITEM)?.length ?? 0;
}

export function parseAptHistory(text: string): ParseResult<AptHistory> {
  if (text.trim() === '') return notUnderstood('empty log');
  const entries: AptHistoryEntry[] = [];
  let current: AptHistoryEntry | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line === '') continue;
    const colon = line.indexOf(': ');
    if (colon < 0) return notUnderstood(`line without "Key: value": "${line.slice(0, 80)}"`);
    const key = line.slice(0, colon);
    const value = line.slice(colon + 2);
    if (key === 'Start-Date') {
      const startedAt = readDate(value);
      if (!startedAt) return notUnderstood(`Start-Date not readable: "${value}"`);
      current = { startedAt, endedAt: null, commandline: null, upgraded: 0, installed: 0, error: null };
      entries.push(current);
      continue;
    }
    // The first block of a rotated log may start mid-way; lines before any Start-Date are skipped.
    if (!current) continue;
    if (key === 'End-Date') {
      current.endedAt = readDate(value);
      if (!current.endedAt) return notUnderstood(`End-Date not readable: "${value}"`);
    } else if (key === 'Commandline') current.commandline = value;
    else if (key === 'Upgrade') current.upgraded = countPackages(value);
    else if (key === 'Install') current.installed = countPackages(value);
    else if (key === 'Error') current.error = value;
  }
  if (entries.length === 0) return notUnderstood('no Start-Date line');
  return parsed({ entries });
}

/** End of the last transaction that upgraded packages and finished without an error; null when none. */
export function lastSuccessfulUpgrade(history: AptHistory): string | null {
  let latest: string | null = null;
  for (const e of history.entries) {
    if (e.upgraded === 0 || e.error !== null || e.endedAt === null) continue;
    if (latest === null || e.endedAt > latest) latest = e.endedAt;
  }
  return latest;
}
