import { join } from 'node:path';
import { evaluateNotice } from '../engine/notice';
import { scan } from '../engine/scan';
import { decodeSupportCode } from '../engine/support-code';
import type { ExportFormat, ScanOutcome } from '../shared/ipc';
import type { Lang, ProgressEvent, Report } from '../shared/types';
import { loadActiveSignatures, signaturesStatus } from '../signatures/store';
import { UpdateRefused, updateSignatures, updateSource } from '../signatures/update';
import { allowedExternalUrl, catalogueHosts } from './external-links';
import { HistoryStore, ReportUnavailable } from './history-store';
import type { Handlers } from './ipc-register';
import { MESSAGES, SIGNATURE_NOTES, STALE_SIGNATURES_DAYS } from './messages';
import { renderReportHtml } from './report-html';
import { LocalizedError } from '../shared/localized-error';

/** What the handlers need from Electron, passed in so that they run (and are tested) under plain Node. */
export interface ShellDeps {
  /** app.getPath('userData'). */
  userData: string;
  /** app.getLocale(). */
  locale: () => string;
  sendProgress: (event: ProgressEvent) => void;
  /** Asks where to save, titled in `lang`; null when the user cancels. */
  chooseSavePath: (defaultName: string, format: ExportFormat, lang: Lang) => Promise<string | null>;
  /** Electron's clipboard.writeText. */
  writeClipboard: (text: string) => void;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  printToPdf: (html: string) => Promise<Uint8Array>;
  openExternal: (url: string) => Promise<void>;
  /** For the signature store in tests; default: the set shipped with the app. */
  bundledSignaturesDir?: string;
  env?: NodeJS.ProcessEnv;
  /** For tests: scans evaluate this recorded folder instead of this PC. */
  replayDir?: string;
}

export function langOfLocale(locale: string): Lang {
  return /^ja\b/i.test(locale) ? 'ja' : 'en';
}

export function createHandlers(deps: ShellDeps): Handlers {
  const store = { home: join(deps.userData, 'signatures'), ...(deps.bundledSignaturesDir ? { bundledDir: deps.bundledSignaturesDir } : {}) };
  const history = new HistoryStore(join(deps.userData, 'reports'));
  const signatures = async () => (await loadActiveSignatures(store)).signatures;
  /**
   * One scan at a time: a request that comes while one runs (a second window message, a double
   * click the page let through) gets that scan's result rather than starting probes twice, when it
   * asks the same questions; with other answers it is refused, as the running scan is not its own.
   */
  let running: { answers: string; outcome: Promise<ScanOutcome> } | null = null;
  const runScan = (answers: Record<string, string>): Promise<ScanOutcome> => {
    const asked = JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (running && running.answers !== asked) throw new LocalizedError(MESSAGES.scanRunning);
    running ??= {
      answers: asked,
      outcome: scanAndSave(answers).finally(() => {
        running = null;
      }),
    };
    return running.outcome;
  };
  const scanAndSave = async (answers: Record<string, string>): Promise<ScanOutcome> => {
    const report = await scan({ signatures: await signatures(), answers, onProgress: deps.sendProgress, ...(deps.replayDir ? { replayDir: deps.replayDir } : {}) });
    // A full disk or a read-only profile must not cost the user the result they waited for.
    try {
      return { report, saved: { id: await history.save(report), problem: null } };
    } catch (err) {
      return { report, saved: { id: null, problem: MESSAGES.historyNotSaved((err as Error).message) } };
    }
  };
  const loadReport = async (id: string): Promise<Report> => {
    try {
      return await history.load(id);
    } catch (err) {
      if (err instanceof ReportUnavailable) throw new LocalizedError(err.text);
      throw err;
    }
  };

  return {
    'botcheck:scan': async ({ answers }) => runScan(answers),
    'botcheck:check-notice': async ({ notice, answers }) => {
      const { report, saved } = await runScan(answers);
      return { ...evaluateNotice(notice, report), report, saved };
    },
    'botcheck:history': async () => history.list(),
    'botcheck:load-report': loadReport,
    'botcheck:export': async ({ id, format, lang }) => {
      const report = await loadReport(id);
      const path = await deps.chooseSavePath(`botcheck-${id}.${format}`, format, lang);
      if (!path) return { saved: false, path: null };
      const data = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? renderReportHtml(report, lang) : await deps.printToPdf(renderReportHtml(report, lang));
      await deps.writeFile(path, data);
      return { saved: true, path };
    },
    'botcheck:open-external': async (url) => {
      const hosts = catalogueHosts((await signatures()).remediation);
      const allowed = allowedExternalUrl(url, hosts);
      if (!allowed) return false;
      await deps.openExternal(allowed);
      return true;
    },
    'botcheck:remediation': async () =>
      (await signatures()).remediation.entries.map(({ id, kind, name, description, platforms, url, phone, hours }) => ({ id, kind, name, description, platforms, url, phone, hours })),
    'botcheck:decode-support-code': async (code) => decodeSupportCode(code),
    'botcheck:copy-support-code': async (code) => {
      // The schema checks the alphabet; the check character proves it is a code this app made.
      if ('error' in decodeSupportCode(code)) return false;
      deps.writeClipboard(code);
      return true;
    },
    'botcheck:signatures-status': async () => {
      const s = await signaturesStatus(store);
      return { origin: s.active, version: s.version, date: s.date, ageDays: s.ageDays, note: s.fallback ?? (s.ageDays > STALE_SIGNATURES_DAYS ? SIGNATURE_NOTES.stale(s.ageDays) : null) };
    },
    'botcheck:update-signatures': async () => {
      try {
        const result = await updateSignatures({ ...store, from: updateSource(undefined, deps.env ?? process.env) });
        return { ok: true, message: MESSAGES.signaturesUpdated(result.version) };
      } catch (err) {
        if (err instanceof UpdateRefused && err.kind === 'up-to-date') return { ok: true, message: MESSAGES.signaturesCurrent(err.text) };
        if (err instanceof UpdateRefused) return { ok: false, message: MESSAGES.signaturesUpdateFailed(err.text) };
        throw err;
      }
    },
    'botcheck:default-lang': async () => langOfLocale(deps.locale()),
  };
}
