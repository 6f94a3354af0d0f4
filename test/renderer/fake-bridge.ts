import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cleanup, render, screen, type RenderResult } from '@testing-library/react';
import { createElement } from 'react';
import { vi } from 'vitest';
import type { BotcheckBridge, HistoryEntry, NoticeInput, NoticeResult, RemediationEntry, SignaturesView, SupportCodeDecoded } from '../../electron/shared/ipc';
import type { Lang, LocalizedText, ProgressEvent, Report } from '../../electron/shared/types';
import { Root } from '../../renderer/src/root';

const RUNNER = join(process.cwd(), 'test/renderer/engine-runner.ts');
const cache = new Map<string, Promise<string>>();

/** The real engine, run in plain Node by engine-runner.ts (cached: replays are deterministic). */
async function engine<T>(request: object): Promise<T> {
  const key = JSON.stringify(request);
  if (!cache.has(key)) cache.set(key, promisify(execFile)(process.execPath, ['--import', 'tsx', RUNNER, key], { maxBuffer: 64 << 20 }).then((r) => r.stdout));
  return JSON.parse(await cache.get(key)!) as T;
}

interface EngineRun { events: ProgressEvent[]; report: Report; notice: NoticeResult | null }

/** A real report: the real engine on a recorded machine, with the progress events it emitted. */
export async function replayRun(replay: string, answers: Record<string, string> = {}, notice?: NoticeInput): Promise<EngineRun> {
  return engine<EngineRun>({ replay, answers, ...(notice ? { notice } : {}) });
}

export async function replayReport(replay: string, answers: Record<string, string> = {}): Promise<Report> {
  return (await replayRun(replay, answers)).report;
}

export function historyEntry(id: string, savedAt: string, report: Report): HistoryEntry {
  return {
    id,
    savedAt,
    capturedAt: report.capturedAt,
    platform: report.host.platform,
    hostname: report.host.hostname,
    headlines: { protection: report.headlines.protection.status, infection: report.headlines.infection.status },
    supportCode: report.supportCode,
  };
}

export interface FakeOptions {
  lang?: Lang;
  replay?: string;
  reports?: Record<string, Report>;
  history?: HistoryEntry[];
  historyProblem?: LocalizedText | null;
  /** The history id the fake main process gives each scan, and why it could not save one. */
  savedId?: string;
  saveProblem?: LocalizedText;
}

/** The catalogue as the bundled threat data holds it: what main answers before any update. */
const REMEDIATION = (JSON.parse(readFileSync(join(process.cwd(), 'signatures/remediation.json'), 'utf8')) as { entries: RemediationEntry[] }).entries;

const SIGNATURES: SignaturesView = { origin: 'bundled', version: '2026.11.20', date: '2026-11-20', ageDays: 5, note: null };

/** Stands in for the preload: the engine runs for real, the OS-facing calls are recorded. */
export function fakeBridge(options: FakeOptions = {}): BotcheckBridge & { [K in keyof BotcheckBridge]: ReturnType<typeof vi.fn> & BotcheckBridge[K] } {
  const listeners = new Set<(e: ProgressEvent) => void>();
  const emit = (e: ProgressEvent): void => listeners.forEach((l) => l(e));
  const replay = options.replay ?? 'linux-lab-irc-bot';
  const fake = {
    scan: vi.fn(async (answers: Record<string, string>) => {
      const run = await replayRun(replay, answers);
      run.events.forEach(emit);
      return { report: run.report, saved: { id: options.savedId ?? null, problem: options.saveProblem ?? null } };
    }),
    checkNotice: vi.fn(async (notice: NoticeInput, answers: Record<string, string>) => {
      const run = await replayRun(replay, answers, notice);
      run.events.forEach(emit);
      return run.notice!;
    }),
    history: vi.fn(async () => ({ entries: options.history ?? [], problem: options.historyProblem ?? null })),
    loadReport: vi.fn(async (id: string) => {
      const report = options.reports?.[id];
      if (!report) throw new Error(`no report ${id}`);
      return report;
    }),
    exportReport: vi.fn(async (id: string, format: string) => ({ saved: true, path: `/home/user/botcheck-${id}.${format}` })),
    copySupportCode: vi.fn(async () => true),
    openExternal: vi.fn(async () => true),
    remediation: vi.fn(async () => REMEDIATION),
    decodeSupportCode: vi.fn((code: string) => engine<SupportCodeDecoded | { error: LocalizedText }>({ decode: code })),
    signaturesStatus: vi.fn(async () => SIGNATURES),
    updateSignatures: vi.fn(async () => ({ ok: true, message: { en: 'The threat data is up to date.', ja: '脅威データは最新です。' } })),
    defaultLang: vi.fn(async () => options.lang ?? 'en'),
    onProgress: vi.fn((listener: (e: ProgressEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  return fake as never;
}

/** Renders the whole app with the fake bridge and waits for the first screen. */
export async function renderApp(options: FakeOptions = {}): Promise<{ bridge: ReturnType<typeof fakeBridge>; view: RenderResult }> {
  const bridge = fakeBridge(options);
  window.botcheck = bridge;
  const view = render(createElement(Root));
  await screen.findByRole('navigation');
  return { bridge, view };
}

export function resetDom(): void {
  cleanup();
  localStorage.clear();
  delete window.botcheck;
}
