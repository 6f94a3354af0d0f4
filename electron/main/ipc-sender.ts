import { isAppUrl } from './app-origin';

/** What the check reads of a frame (Electron's WebFrameMain has these). */
export interface FrameRef {
  url: string;
  parent: unknown;
  processId: number;
  routingId: number;
}

/** The parts of an IPC event the check reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderEvent {
  sender: unknown;
  senderFrame: FrameRef | null;
}

/** The parts of the app window the check reads. */
export interface AppWindowRef {
  isDestroyed(): boolean;
  webContents: { mainFrame: FrameRef };
}

/** The same frame: Electron normally hands out one WebFrameMain object per frame; the ids settle it otherwise. */
function sameFrame(a: FrameRef, b: FrameRef): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/**
 * Only the main frame of our one window, showing our own page, may call in (after VS Code's
 * validatedIpcMain): a subframe, another webContents (an export window, a devtools page) or a page
 * that somehow navigated away gets nothing.
 */
export function isTrustedSender(event: SenderEvent, window: AppWindowRef | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !sameFrame(frame, window.webContents.mainFrame)) return false;
  return isAppUrl(frame.url);
}
