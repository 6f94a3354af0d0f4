import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan';
import { HistoryStore, ReportUnavailable } from '../../electron/main/history-store';
import { loadSignatures } from '../../electron/signatures/load';

const report = await scan({ signatures: await loadSignatures(), replayDir: join(import.meta.dirname, '../replays/linux-lab-irc-bot') });
let dir: string;
let folder: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'botcheck-history-'));
  folder = join(dir, 'reports');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const clock = (...isos: string[]) => {
  let i = 0;
  return () => new Date(isos[Math.min(i++, isos.length - 1)]!);
};

describe('HistoryStore', () => {
  it('lists nothing (and no problem) before the first scan', async () => {
    expect(await new HistoryStore(folder).list()).toEqual({ entries: [], problem: null });
  });

  it('saves reports and lists them newest first, then loads one back unchanged', async () => {
    const store = new HistoryStore(folder, clock('2026-11-20T10:00:00Z', '2026-11-24T09:30:00Z'));
    const older = await store.save(report);
    const newer = await store.save(report);
    expect(older).toMatch(/^20261120T100000Z-[0-9a-f]{8}$/);
    const { entries, problem } = await store.list();
    expect(problem).toBeNull();
    expect(entries.map((e) => e.id)).toEqual([newer, older]);
    expect(entries[0]).toEqual({
      id: newer,
      savedAt: '2026-11-24T09:30:00.000Z',
      capturedAt: report.capturedAt,
      platform: 'linux',
      hostname: report.host.hostname,
      headlines: { protection: report.headlines.protection.status, infection: report.headlines.infection.status },
      supportCode: report.supportCode,
    });
    expect(await store.load(older)).toEqual(report);
  });

  it('writes through a temp file and a rename: only <id>.json is left, and a half-written temp file is ignored', async () => {
    const store = new HistoryStore(folder);
    const id = await store.save(report);
    expect(await readdir(folder)).toEqual([`${id}.json`]);
    // What a crash between write and rename leaves behind.
    await writeFile(join(folder, `.${id.replace(/.$/, '0')}.abcd1234.tmp`), '{"schema":1,"savedAt":');
    const { entries, problem } = await store.list();
    expect(entries.map((e) => e.id)).toEqual([id]);
    expect(problem).toBeNull();
  });

  it('sets a corrupt file aside as *.corrupt with a message, and still lists the others', async () => {
    const store = new HistoryStore(folder);
    const good = await store.save(report);
    const text = await readFile(join(folder, `${good}.json`), 'utf8');
    const truncated = '20261101T000000Z-0000000a';
    const garbage = '20261102T000000Z-0000000b';
    const wrongShape = '20261103T000000Z-0000000c';
    await writeFile(join(folder, `${truncated}.json`), text.slice(0, Math.floor(text.length / 2)));
    await writeFile(join(folder, `${garbage}.json`), Buffer.from([0xff, 0xfe, 0x00, 0x13]));
    await writeFile(join(folder, `${wrongShape}.json`), JSON.stringify({ schema: 1, savedAt: '2026-11-03T00:00:00Z', report: { schemaVersion: 2 } }));
    const { entries, problem } = await store.list();
    expect(entries.map((e) => e.id)).toEqual([good]);
    expect(problem?.en).toMatch(/3 saved reports could not be read and were set aside/);
    expect(problem?.ja).toContain('退避しました');
    for (const id of [truncated, garbage, wrongShape]) expect(problem?.en).toContain(`${id}.json.corrupt`);
    expect((await readdir(folder)).sort()).toEqual([`${good}.json`, `${truncated}.json.corrupt`, `${garbage}.json.corrupt`, `${wrongShape}.json.corrupt`].sort());
    expect(await store.list()).toEqual({ entries, problem: null });
  });

  it('says which reports it could not open without claiming to have moved them', async () => {
    const store = new HistoryStore(folder);
    const good = await store.save(report);
    // A folder where a report should be: reading fails with EISDIR for every user, root included.
    const blocked = '20261104T000000Z-0000000d';
    await mkdir(join(folder, `${blocked}.json`));
    const { entries, problem } = await store.list();
    expect(entries.map((e) => e.id)).toEqual([good]);
    expect(problem?.en).toBe(`One saved report could not be opened and is left as it is (${blocked}.json); another program may be using it. The other reports are shown.`);
    expect(problem?.en).not.toContain('set aside');
    expect(problem?.ja).toContain('そのままにしています');
    expect((await readdir(folder)).sort()).toEqual([`${good}.json`, `${blocked}.json`].sort());
  });

  it('refuses to load a corrupt report, setting it aside, and a missing one', async () => {
    const store = new HistoryStore(folder);
    const id = '20261101T000000Z-0000000a';
    await store.save(report);
    await writeFile(join(folder, `${id}.json`), '{"schema":1');
    await expect(store.load(id)).rejects.toThrow(ReportUnavailable);
    expect(await readdir(folder)).toContain(`${id}.json.corrupt`);
    await expect(store.load(id)).rejects.toThrow(/no longer saved/);
  });

  it('never turns an id into a path outside its folder', async () => {
    const store = new HistoryStore(folder);
    await expect(store.load('../../etc/passwd')).rejects.toThrow(ReportUnavailable);
  });
});
