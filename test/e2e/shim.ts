import type { BotcheckBridge, IpcContract } from '../../electron/shared/ipc';
import type { ProgressEvent } from '../../electron/shared/types';

/** The Playwright binding the shim calls; backend.ts answers it in Node. */
export const BINDING = '__botcheckE2E';

/**
 * Stands in for electron/preload/preload.ts: window.botcheck with the same named, fixed-arity
 * functions, each sending the same channel and arguments as the preload's ipcRenderer.invoke, to
 * the app's real main-process handlers in Node. Progress events come with the scan that caused them,
 * in order. Injected with addInitScript (serialised, so it uses nothing from outside its own body)
 * before any page script runs; its calls leave the page through a Playwright binding, not the
 * network, so the page's CSP (connect-src 'none') stays as strict as in the app.
 */
export function installShim(binding: string): void {
  type JobEvent = { event: ProgressEvent } | { done: unknown } | { failed: string };
  const call = (op: 'invoke' | 'next', args: unknown[]): Promise<unknown> => (window as unknown as Record<string, (op: string, a: unknown[]) => Promise<unknown>>)[binding]!(op, args);
  const listeners = new Set<(event: ProgressEvent) => void>();
  const invoke = async <C extends keyof IpcContract>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']> => {
    const id = await call('invoke', [channel, args]);
    for (;;) {
      const e = (await call('next', [id])) as JobEvent;
      if ('event' in e) for (const listener of [...listeners]) listener(e.event);
      else if ('done' in e) return e.done as IpcContract[C]['result'];
      else throw new Error(e.failed);
    }
  };
  const bridge: BotcheckBridge = {
    scan: (answers) => invoke('botcheck:scan', { answers }),
    checkNotice: (notice, answers) => invoke('botcheck:check-notice', { notice, answers }),
    history: () => invoke('botcheck:history'),
    loadReport: (id) => invoke('botcheck:load-report', id),
    exportReport: (id, format, lang) => invoke('botcheck:export', { id, format, lang }),
    openExternal: (url) => invoke('botcheck:open-external', url),
    remediation: () => invoke('botcheck:remediation'),
    decodeSupportCode: (code) => invoke('botcheck:decode-support-code', code),
    copySupportCode: (code) => invoke('botcheck:copy-support-code', code),
    signaturesStatus: () => invoke('botcheck:signatures-status'),
    updateSignatures: () => invoke('botcheck:update-signatures'),
    defaultLang: () => invoke('botcheck:default-lang'),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  Object.defineProperty(window, 'botcheck', { value: Object.freeze(bridge), enumerable: true });
}
