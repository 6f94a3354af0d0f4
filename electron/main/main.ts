import { app, BrowserWindow, clipboard, ipcMain, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc-register';
import { printHtmlToPdf } from './print-pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { chooseSavePath } from './save-dialog';
import { hardenSession, hardenWebContents } from './web-security';
import { createMainWindow } from './window';

/** Bundled to dist/main/main.mjs: preload and renderer sit beside it in dist/. */
const here = fileURLToPath(new URL('.', import.meta.url));
const PRELOAD = join(here, '../preload/preload.cjs');
const RENDERER = join(here, '../renderer');

let mainWindow: BrowserWindow | null = null;

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    hardenSession(session.fromPartition('botcheck-print'));
    serveRenderer(RENDERER);
    registerHandlers(
      ipcMain,
      () => mainWindow,
      createHandlers({
        userData: app.getPath('userData'),
        locale: () => app.getLocale(),
        sendProgress: (event) => {
          if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('botcheck:progress', event);
        },
        chooseSavePath: (name, format, lang) => chooseSavePath(mainWindow, name, format, lang),
        writeClipboard: (text) => clipboard.writeText(text),
        writeFile: (path, data) => writeFile(path, data),
        printToPdf: printHtmlToPdf,
        openExternal: (url) => shell.openExternal(url),
      }),
    );
    mainWindow = createMainWindow(PRELOAD);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
