/**
 * Runs the real engine in plain Node for the component tests: under jsdom, Vite rewrites the
 * engine's `new URL(…, import.meta.url)` file paths into http URLs, so the engine cannot load there.
 * Input (argv[2], JSON): { replay, answers, notice? } or { decode }. Output: JSON on stdout.
 */
import { fileURLToPath } from 'node:url';
import { evaluateNotice } from '../../electron/engine/notice';
import { scan } from '../../electron/engine/scan';
import { decodeSupportCode } from '../../electron/engine/support-code';
import type { NoticeInput } from '../../electron/shared/ipc';
import type { ProgressEvent } from '../../electron/shared/types';
import { loadSignatures } from '../../electron/signatures/load';

const request = JSON.parse(process.argv[2] ?? '{}') as { replay?: string; answers?: Record<string, string>; notice?: NoticeInput; decode?: string; savedId?: string };

if (request.decode !== undefined) {
  process.stdout.write(JSON.stringify(decodeSupportCode(request.decode)));
} else {
  const events: ProgressEvent[] = [];
  const replayDir = fileURLToPath(new URL(`../replays/${request.replay}/`, import.meta.url));
  const report = await scan({ signatures: await loadSignatures(), replayDir, answers: request.answers ?? {}, onProgress: (e) => events.push(e) });
  const saved = { id: request.savedId ?? null, problem: null };
  const notice = request.notice ? { ...evaluateNotice(request.notice, report), report, saved } : null;
  process.stdout.write(JSON.stringify({ events: events.filter((e) => e.type !== 'scan-finished'), report, notice }));
}
