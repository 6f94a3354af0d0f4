import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BotcheckBridge } from '../shared/ipc';
import type { ProgressEvent } from '../shared/types';

const bridge: BotcheckBridge = {
  scan: (answers) => ipcRenderer.invoke('botcheck:scan', { answers }),
  defaultLang: () => ipcRenderer.invoke('botcheck:default-lang'),
  onProgress: (listener) => {
    const wrapped = (_event: IpcRendererEvent, progress: ProgressEvent): void => listener(progress);
    ipcRenderer.on('botcheck:progress', wrapped);
    return () => ipcRenderer.removeListener('botcheck:progress', wrapped);
  },
};

contextBridge.exposeInMainWorld('botcheck', bridge);
