import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BotcheckBridge, IpcContract } from '../shared/ipc';
import type { ProgressEvent } from '../shared/types';

/** Typed invoke: the channel decides the argument and result types (electron/shared/ipc.ts). */
function invoke<C extends keyof IpcContract>(channel: C, ...args: IpcContract[C]['args']): Promise<IpcContract[C]['result']> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcContract[C]['result']>;
}

/** Named functions with fixed arity only: the page never gets ipcRenderer or a channel name of its choice. */
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
    const wrapped = (_event: IpcRendererEvent, progress: ProgressEvent): void => listener(progress);
    ipcRenderer.on('botcheck:progress', wrapped);
    return () => {
      ipcRenderer.removeListener('botcheck:progress', wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('botcheck', bridge);
