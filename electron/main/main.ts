import { app, BrowserWindow, ipcMain, session, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLang } from '../cli/messages';
import { scan } from '../engine/scan';
import type { IpcContract } from '../shared/ipc';
import { loadActiveSignatures } from '../signatures/store';

const here = fileURLToPath(new URL('.', import.meta.url));
let mainWindow: BrowserWindow | null = null;

/** Only our own window may call in (after VS Code's validatedIpcMain). */
function fromOwnWindow(event: IpcMainInvokeEvent): boolean {
  return mainWindow !== null && event.sender === mainWindow.webContents && event.senderFrame === mainWindow.webContents.mainFrame;
}

function handle<C extends keyof IpcContract>(channel: C, validate: (args: unknown[]) => args is IpcContract[C]['args'], run: (...args: IpcContract[C]['args']) => Promise<IpcContract[C]['result']>): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]) => {
    if (!fromOwnWindow(event)) throw new Error(`${channel}: refused, not from the app window`);
    if (!validate(args)) throw new Error(`${channel}: invalid arguments`);
    return run(...args);
  });
}

const isAnswers = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, x]) => /^[A-Z]+-\d{3}$/.test(k) && typeof x === 'string' && x.length < 40);

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1100,
    height: 800,
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  mainWindow.webContents.on('will-navigate', (event) => event.preventDefault());
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void mainWindow.loadFile(join(here, '../../renderer/index.html'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  handle('botcheck:scan', (args): args is [{ answers: Record<string, string> }] => args.length === 1 && typeof args[0] === 'object' && args[0] !== null && isAnswers((args[0] as { answers?: unknown }).answers), async ({ answers }) =>
    scan({
      signatures: (await loadActiveSignatures({ home: join(app.getPath('userData'), 'signatures') })).signatures,
      answers,
      onProgress: (event) => mainWindow?.webContents.send('botcheck:progress', event),
    }),
  );
  handle('botcheck:default-lang', (args): args is [] => args.length === 0, async () => defaultLang({ LANG: app.getLocale() }));
  createWindow();
});

app.on('window-all-closed', () => app.quit());
