/**
 * The one IPC contract (after GitHub Desktop's ipc-shared.ts): every channel with its argument and
 * result types, used by main, preload and the renderer's bridge alike.
 */
import type { Lang, ProgressEvent, Report } from './types';

export interface IpcContract {
  'botcheck:scan': { args: [request: { answers: Record<string, string> }]; result: Report };
  'botcheck:default-lang': { args: []; result: Lang };
}

export type IpcChannel = keyof IpcContract;

/** Main → renderer notifications. */
export interface IpcEvents {
  'botcheck:progress': ProgressEvent;
}

/** What the preload exposes as `window.botcheck`: named, fixed-arity functions only. */
export interface BotcheckBridge {
  scan(answers: Record<string, string>): Promise<Report>;
  defaultLang(): Promise<Lang>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
