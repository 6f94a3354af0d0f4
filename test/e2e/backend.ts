import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, type ShellDeps } from '../../electron/main/handlers';
import { IpcRefused, type Handlers } from '../../electron/main/ipc-register';
import { parseArgs } from '../../electron/main/ipc-schemas';
import type { ExportFormat, IpcChannel, IpcContract, NoticeInput } from '../../electron/shared/ipc';
import type { Lang, ProgressEvent, Report } from '../../electron/shared/types';

/** Where scans read from: a recorded folder (fixed screens) or this machine. */
export type ScanSource = { replayDir: string } | { live: true };

export type JobEvent = { event: ProgressEvent } | { done: unknown } | { failed: string };

/** One invoke as the shim sees it: progress events, then the result, pulled one at a time in the order they happened. */
class Job {
  private readonly queue: JobEvent[] = [];
  private waiter: ((e: JobEvent) => void) | null = null;
  private delivered = 0;

  constructor(private readonly pauseAfter: { count: number; until: Promise<void> } | null) {}

  push(e: JobEvent): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(e);
    } else this.queue.push(e);
  }

  async next(): Promise<JobEvent> {
    if (this.pauseAfter && this.delivered === this.pauseAfter.count) await this.pauseAfter.until;
    this.delivered++;
    const queued = this.queue.shift();
    if (queued) return queued;
    return new Promise((resolve) => (this.waiter = resolve));
  }
}

const SCANNING: readonly IpcChannel[] = ['botcheck:scan', 'botcheck:check-notice'];

export interface BackendOptions {
  source: ScanSource;
  lang: Lang;
  /** Stands for Electron's print-to-PDF (the harness prints with Chromium). */
  printToPdf: (html: string) => Promise<Uint8Array>;
}

/**
 * The app's main process without Electron: the real IPC handlers (electron/main/handlers.ts, which run
 * the real engine, history store and signature store) behind the real argument schemas, with the
 * Electron parts stood in: a temp user data folder, the save dialog answered with a temp path, and
 * the OS browser replaced by a list of the URLs it would have opened.
 */
export class Backend {
  /** URLs handed to the OS browser (only what the handler allowed gets there). */
  readonly launched: string[] = [];
  /** Every open-external request and the handler's answer. */
  readonly opened: { url: string; allowed: boolean }[] = [];
  readonly exports: { format: ExportFormat; path: string }[] = [];
  /** What the app put on the clipboard. */
  readonly clipboard: string[] = [];
  readonly scans: Report[] = [];
  /** What the page passed, as the schema parsed it. */
  readonly answers: Record<string, string>[] = [];
  readonly notices: NoticeInput[] = [];
  private readonly jobs = new Map<string, Job>();
  private readonly scanning = new Set<Job>();
  private pause: { count: number; until: Promise<void> } | null = null;
  private handlers: Handlers;

  private constructor(
    source: ScanSource,
    private readonly deps: Omit<ShellDeps, 'replayDir'>,
    private readonly tempDirs: readonly string[],
  ) {
    this.handlers = this.createFor(source);
  }

  static async create(options: BackendOptions): Promise<Backend> {
    const userData = await mkdtemp(join(tmpdir(), 'botcheck-e2e-userdata-'));
    const exportDir = await mkdtemp(join(tmpdir(), 'botcheck-e2e-export-'));
    let backend: Backend | undefined;
    const deps: Omit<ShellDeps, 'replayDir'> = {
      userData,
      locale: () => (options.lang === 'ja' ? 'ja-JP' : 'en-US'),
      sendProgress: (event) => backend!.progress(event),
      writeClipboard: (text) => {
        backend!.clipboard.push(text);
      },
      chooseSavePath: async (name, format) => {
        const path = join(exportDir, name);
        backend!.exports.push({ format, path });
        return path;
      },
      writeFile: (path, data) => writeFile(path, data),
      printToPdf: options.printToPdf,
      openExternal: async (url) => {
        backend!.launched.push(url);
      },
      env: {},
    };
    backend = new Backend(options.source, deps, [userData, exportDir]);
    return backend;
  }

  /** Removes the user data and export folders. */
  async dispose(): Promise<void> {
    await Promise.all(this.tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }

  /** Later scans read from here; the history (in the user data folder) stays. */
  useSource(source: ScanSource): void {
    this.handlers = this.createFor(source);
  }

  /** The handlers as they are now, for a test to compare the page with. */
  handler<C extends IpcChannel>(channel: C): Handlers[C] {
    return this.handlers[channel];
  }

  /** The next scan stops handing out events after `count` of them until the returned function is called. */
  holdNextScanAfter(count: number): () => void {
    let release!: () => void;
    this.pause = { count, until: new Promise<void>((r) => (release = r)) };
    return release;
  }

  /** ipcRenderer.invoke's counterpart: arguments checked by the app's own schemas, then the handler runs. */
  invoke(channel: string, args: unknown[]): string {
    const id = randomUUID();
    const scanning = SCANNING.includes(channel as IpcChannel);
    const job = new Job(scanning ? this.pause : null);
    if (scanning) {
      this.pause = null;
      this.scanning.add(job);
    }
    this.jobs.set(id, job);
    this.run(channel, args).then(
      (result) => job.push({ done: result }),
      (err: unknown) => job.push({ failed: err instanceof Error ? err.message : String(err) }),
    ).finally(() => this.scanning.delete(job));
    return id;
  }

  async next(jobId: string): Promise<JobEvent> {
    const job = this.jobs.get(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    const e = await job.next();
    if (!('event' in e)) this.jobs.delete(jobId);
    return e;
  }

  private progress(event: ProgressEvent): void {
    for (const job of this.scanning) job.push({ event });
  }

  private createFor(source: ScanSource): Handlers {
    return createHandlers({ ...this.deps, ...('replayDir' in source ? { replayDir: source.replayDir } : {}) });
  }

  private async run(channel: string, args: unknown[]): Promise<unknown> {
    if (!(channel in this.handlers)) throw new Error(`${channel}: no such channel`);
    const c = channel as IpcChannel;
    const parsed = parseArgs(c, args);
    if (parsed === null) throw new IpcRefused(c, 'arguments');
    if (c === 'botcheck:scan' || c === 'botcheck:check-notice') {
      const request = parsed[0] as IpcContract['botcheck:check-notice']['args'][0];
      this.answers.push(request.answers);
      if (request.notice) this.notices.push(request.notice);
    }
    const result = await (this.handlers[c] as (...a: unknown[]) => Promise<unknown>)(...parsed);
    if (c === 'botcheck:scan') this.scans.push((result as IpcContract['botcheck:scan']['result']).report);
    if (c === 'botcheck:check-notice') this.scans.push((result as IpcContract['botcheck:check-notice']['result']).report);
    if (c === 'botcheck:open-external') this.opened.push({ url: parsed[0] as string, allowed: result as boolean });
    return result;
  }
}
