import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyNotice } from '../../electron/shared/notice';
import { createHandlers, langOfLocale, type ShellDeps } from '../../electron/main/handlers';
import type { Handlers } from '../../electron/main/ipc-register';
import type { ProgressEvent, Report } from '../../electron/shared/types';

const REPLAY = join(import.meta.dirname, '../replays/linux-lab-irc-bot');
let userData: string;
let deps: ShellDeps & { progress: ProgressEvent[]; written: Map<string, string | Uint8Array>; opened: string[]; clipboard: string[] };
let h: Handlers;

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'botcheck-userdata-'));
  const progress: ProgressEvent[] = [];
  const written = new Map<string, string | Uint8Array>();
  const opened: string[] = [];
  const clipboard: string[] = [];
  deps = {
    userData,
    locale: () => 'en-US',
    sendProgress: (e) => progress.push(e),
    chooseSavePath: vi.fn(async (name: string) => join(userData, 'out', name)),
    writeFile: async (path, data) => void written.set(path, data),
    printToPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    openExternal: async (url) => void opened.push(url),
    writeClipboard: (text) => void clipboard.push(text),
    env: {},
    replayDir: REPLAY,
    progress,
    written,
    opened,
    clipboard,
  };
  h = createHandlers(deps);
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

async function scanned(): Promise<{ report: Report; id: string }> {
  const { report, saved } = await h['botcheck:scan']({ answers: { 'MAN-001': 'never' } });
  const { entries } = await h['botcheck:history']();
  expect(saved).toEqual({ id: entries[0]!.id, problem: null });
  return { report, id: saved.id! };
}

describe('scan and history', () => {
  it('scans, sends progress to the window and saves the report under userData/reports', async () => {
    const { report, id } = await scanned();
    expect(deps.progress[0]?.type).toBe('scan-started');
    expect(deps.progress.at(-1)).toEqual({ type: 'scan-finished', report });
    expect(deps.progress.filter((e) => e.type === 'check-finished')).toHaveLength(report.checks.length);
    expect(await readdir(join(userData, 'reports'))).toEqual([`${id}.json`]);
    expect(await h['botcheck:load-report'](id)).toEqual(report);
    expect(report.checks.find((c) => c.id === 'MAN-001')?.answer).toBe('never');
  });

  it('shows a corrupt history file as a problem, in the message, without failing', async () => {
    const { id } = await scanned();
    await writeFile(join(userData, 'reports', '20261101T000000Z-deadbeef.json'), '{"schema":1,"savedAt":"2026');
    const { entries, problem } = await h['botcheck:history']();
    expect(entries.map((e) => e.id)).toEqual([id]);
    expect(problem?.en).toContain('20261101T000000Z-deadbeef.json.corrupt');
  });

  it('runs one scan for requests that come while one runs, and saves it once', async () => {
    const [a, b] = await Promise.all([h['botcheck:scan']({ answers: {} }), h['botcheck:check-notice']({ notice: emptyNotice(), answers: {} })]);
    expect(b.report).toBe(a.report);
    expect(b.saved).toEqual(a.saved);
    expect(deps.progress.filter((e) => e.type === 'scan-started')).toHaveLength(1);
    expect((await h['botcheck:history']()).entries).toHaveLength(1);
    await h['botcheck:scan']({ answers: {} });
    expect((await h['botcheck:history']()).entries).toHaveLength(2);
  });

  it('refuses a scan with other answers while one runs, in both languages, and runs it afterwards', async () => {
    const first = h['botcheck:scan']({ answers: { 'MAN-001': 'never' } });
    await expect(h['botcheck:scan']({ answers: { 'MAN-001': 'often' } })).rejects.toMatchObject({ text: { en: expect.stringContaining('A scan with other answers is still running.') } });
    await expect(h['botcheck:check-notice']({ notice: emptyNotice(), answers: {} })).rejects.toMatchObject({ text: { ja: expect.stringContaining('別の回答での検査がまだ実行中です。') } });
    const same = await h['botcheck:scan']({ answers: { 'MAN-001': 'never' } });
    expect(same.report).toBe((await first).report);
    const after = await h['botcheck:scan']({ answers: { 'MAN-001': 'often' } });
    expect(after.report.checks.find((c) => c.id === 'MAN-001')?.answer).toBe('often');
  });

  it('still returns the scan when the history cannot be written, saying why', async () => {
    // A file where the history folder should be: the save fails for every user, root included.
    await writeFile(join(userData, 'reports'), 'not a folder');
    const { report, saved } = await h['botcheck:scan']({ answers: {} });
    expect(report.checks.length).toBeGreaterThan(0);
    expect(saved.id).toBeNull();
    expect(saved.problem?.en).toContain('could not be saved in the scan history');
    expect(saved.problem?.ja).toContain('履歴に保存できませんでした');
  });

  it('refuses to load a missing report with a sentence in both languages, for the page to pick', async () => {
    await expect(h['botcheck:load-report']('20261101T000000Z-deadbeef')).rejects.toMatchObject({ text: { en: 'This report is no longer saved.', ja: 'このレポートはもう保存されていません。' } });
  });
});

describe('check-notice', () => {
  it('runs a scan and sets the notice against it', async () => {
    const notice = { ...emptyNotice(), destination: { address: null, domain: null, port: 6667, protocol: 'tcp' as const } };
    const result = await h['botcheck:check-notice']({ notice, answers: {} });
    expect(result.report.mode).toBe('replay');
    expect(result.explanation.length).toBeGreaterThan(0);
    expect(result.destinationMatches.every((c) => c.remotePort === 6667)).toBe(true);
    const { entries } = await h['botcheck:history']();
    expect(entries).toHaveLength(1);
    expect(result.saved).toEqual({ id: entries[0]!.id, problem: null });
  });
});

describe('export', () => {
  it('writes JSON, self-contained HTML and a printed PDF where the dialog says', async () => {
    const { report, id } = await scanned();
    expect(await h['botcheck:export']({ id, format: 'json', lang: 'en' })).toEqual({ saved: true, path: join(userData, 'out', `botcheck-${id}.json`) });
    expect(JSON.parse(deps.written.get(join(userData, 'out', `botcheck-${id}.json`)) as string)).toEqual(report);
    await h['botcheck:export']({ id, format: 'html', lang: 'en' });
    const html = deps.written.get(join(userData, 'out', `botcheck-${id}.html`)) as string;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(report.supportCode);
    await h['botcheck:export']({ id, format: 'pdf', lang: 'en' });
    expect(deps.printToPdf).toHaveBeenCalledWith(expect.stringContaining(report.supportCode));
    expect(deps.written.get(join(userData, 'out', `botcheck-${id}.pdf`))).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  });

  it('writes the report in the language the UI shows, not the OS language', async () => {
    const { id } = await scanned();
    await h['botcheck:export']({ id, format: 'html', lang: 'ja' });
    const html = deps.written.get(join(userData, 'out', `botcheck-${id}.html`)) as string;
    expect(html).toContain('<html lang="ja">');
  });

  it('saves nothing when the dialog is cancelled', async () => {
    const { id } = await scanned();
    deps.chooseSavePath = async () => null;
    expect(await createHandlers(deps)['botcheck:export']({ id, format: 'html', lang: 'en' })).toEqual({ saved: false, path: null });
    expect(deps.written.size).toBe(0);
  });
});

describe('remediation', () => {
  it('answers with the catalogue of the threat data in use, every entry that open-external allows', async () => {
    const catalogue = JSON.parse(await readFile(join(import.meta.dirname, '../../signatures/remediation.json'), 'utf8')) as { entries: { id: string; url: string | null }[] };
    const entries = await h['botcheck:remediation']();
    expect(entries.map((e) => e.id)).toEqual(catalogue.entries.map((e) => e.id));
    for (const e of entries.filter((x) => x.url)) expect(await h['botcheck:open-external'](e.url!)).toBe(true);
  });
});

describe('copy-support-code', () => {
  it('puts the code on the clipboard', async () => {
    const { report } = await scanned();
    expect(await h['botcheck:copy-support-code'](report.supportCode)).toBe(true);
    expect(deps.clipboard).toEqual([report.supportCode]);
    const misread = report.supportCode.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    expect(await h['botcheck:copy-support-code'](misread)).toBe(false);
    expect(await h['botcheck:copy-support-code']('A-B')).toBe(false);
    expect(deps.clipboard).toEqual([report.supportCode]);
  });
});

describe('open-external', () => {
  it('opens catalogue links, normalised, and refuses everything else with false', async () => {
    expect(await h['botcheck:open-external']('https://notice.go.jp/')).toBe(true);
    expect(await h['botcheck:open-external']('https://learn.microsoft.com@evil.example/')).toBe(false);
    expect(await h['botcheck:open-external']('https://learn.microsoft.com.evil.example/')).toBe(false);
    expect(await h['botcheck:open-external']('http://notice.go.jp/')).toBe(false);
    expect(deps.opened).toEqual(['https://notice.go.jp/']);
  });
});

describe('the small channels', () => {
  it('default-lang follows the OS locale', async () => {
    expect(await h['botcheck:default-lang']()).toBe('en');
    deps.locale = () => 'ja';
    expect(await h['botcheck:default-lang']()).toBe('ja');
    expect(langOfLocale('jv-ID')).toBe('en');
  });

  it('decodes a support code, and explains a bad one', async () => {
    const { report } = await scanned();
    expect(await h['botcheck:decode-support-code'](report.supportCode)).toMatchObject({ platform: 'linux', headlines: { protection: report.headlines.protection.status, infection: report.headlines.infection.status } });
    expect(await h['botcheck:decode-support-code']('nonsense')).toHaveProperty('error.en');
  });

  it('reports the bundled signatures when none are installed under userData/signatures', async () => {
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '../../signatures/manifest.json'), 'utf8')) as { version: string; date: string };
    const view = await h['botcheck:signatures-status']();
    expect(view).toMatchObject({ origin: 'bundled', version: manifest.version, date: manifest.date });
    expect(typeof view.ageDays).toBe('number');
  });

  it('refuses an update with a message when no update server is configured', async () => {
    const result = await h['botcheck:update-signatures']();
    expect(result.ok).toBe(false);
    expect(result.message.en).toMatch(/^The threat data was not updated: No update server is configured/);
    expect(result.message.ja).toContain('脅威データは更新されませんでした');
  });
});
