import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEntry } from '../shared/ipc';
import { PLATFORMS, type LocalizedText, type Report } from '../shared/types';
import { REPORT_ID } from './ipc-schemas';
import { MESSAGES } from './messages';

/**
 * Past scans, one file per report (<folder>/<id>.json), no separate index: the folder listing is
 * the index, so there is no second file to go out of step. Writes are temp file + rename, so a
 * crash leaves the old state or the new one. A file that does not read back as a report is renamed
 * <id>.json.corrupt and reported in `problem`: the rest of the history still shows.
 */

interface StoredReport {
  schema: 1;
  savedAt: string;
  report: Report;
}

export class ReportUnavailable extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

const FILE = /^(.+)\.json$/;

function newId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return `${stamp}-${randomBytes(4).toString('hex')}`;
}

function isStatus(v: unknown): boolean {
  return typeof v === 'string' && ['pass', 'warn', 'fail', 'unknown', 'not_applicable', 'manual'].includes(v);
}

/** Enough of a report's shape for the history list and the screens not to trip over it. */
function asStored(value: unknown): StoredReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<StoredReport>;
  const r = v.report as Partial<Report> | undefined;
  if (v.schema !== 1 || typeof v.savedAt !== 'string' || Number.isNaN(Date.parse(v.savedAt)) || typeof r !== 'object' || r === null) return null;
  if (r.schemaVersion !== 1 || !Array.isArray(r.checks) || typeof r.supportCode !== 'string') return null;
  if (!r.host || !PLATFORMS.includes(r.host.platform) || !r.headlines || !isStatus(r.headlines.protection?.status) || !isStatus(r.headlines.infection?.status)) return null;
  return v as StoredReport;
}

function entryOf(id: string, stored: StoredReport): HistoryEntry {
  const { report } = stored;
  return {
    id,
    savedAt: stored.savedAt,
    capturedAt: report.capturedAt,
    platform: report.host.platform,
    hostname: report.host.hostname,
    headlines: { protection: report.headlines.protection.status, infection: report.headlines.infection.status },
    supportCode: report.supportCode,
  };
}

export class HistoryStore {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private path(id: string): string {
    if (!REPORT_ID.test(id)) throw new ReportUnavailable(MESSAGES.reportMissing);
    return join(this.folder, `${id}.json`);
  }

  /** Saves a report and returns its id. */
  async save(report: Report): Promise<string> {
    await mkdir(this.folder, { recursive: true });
    const now = this.now();
    const id = newId(now);
    const target = this.path(id);
    const temp = join(this.folder, `.${id}.${randomBytes(4).toString('hex')}.tmp`);
    const stored: StoredReport = { schema: 1, savedAt: now.toISOString(), report };
    try {
      await writeFile(temp, JSON.stringify(stored), { flag: 'wx' });
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    return id;
  }

  private async setAside(id: string): Promise<string> {
    const name = `${id}.json.corrupt`;
    await rename(this.path(id), join(this.folder, name));
    return name;
  }

  private async read(id: string): Promise<StoredReport | 'corrupt'> {
    const text = await readFile(this.path(id), 'utf8');
    try {
      return asStored(JSON.parse(text)) ?? 'corrupt';
    } catch {
      return 'corrupt';
    }
  }

  /** Newest first; unreadable files are set aside and named in `problem`. */
  async list(): Promise<{ entries: HistoryEntry[]; problem: LocalizedText | null }> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problem: null };
      return { entries: [], problem: MESSAGES.historyUnreadable((err as Error).message) };
    }
    const entries: HistoryEntry[] = [];
    const setAside: string[] = [];
    const unreadable: string[] = [];
    for (const name of names) {
      const id = FILE.exec(name)?.[1];
      if (!id || !REPORT_ID.test(id)) continue;
      try {
        const stored = await this.read(id);
        if (stored === 'corrupt') setAside.push(await this.setAside(id));
        else entries.push(entryOf(id, stored));
      } catch (err) {
        // Deleted between listing and reading: skip it. Unreadable, or the rename refused: say so, without claiming it moved.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') unreadable.push(name);
      }
    }
    entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));
    const problems = [...(setAside.length > 0 ? [MESSAGES.historyCorrupt(setAside)] : []), ...(unreadable.length > 0 ? [MESSAGES.historyFilesUnreadable(unreadable)] : [])];
    return { entries, problem: problems.length === 0 ? null : { en: problems.map((p) => p.en).join(' '), ja: problems.map((p) => p.ja).join('') } };
  }

  /** The saved report; ReportUnavailable when it is gone or unreadable (then set aside). */
  async load(id: string): Promise<Report> {
    let stored: StoredReport | 'corrupt';
    try {
      stored = await this.read(id);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new ReportUnavailable(MESSAGES.reportMissing);
      throw err;
    }
    if (stored === 'corrupt') throw new ReportUnavailable(MESSAGES.reportCorrupt(await this.setAside(id)));
    return stored.report;
  }
}
