import { describe, expect, it, vi } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../electron/main/window-options';

const electron = vi.hoisted(() => {
  const created: { options: unknown; loaded: string[]; once: string[]; destroyed: boolean; printed: unknown[] }[] = [];
  class BrowserWindow {
    record = { options: undefined as unknown, loaded: [] as string[], once: [] as string[], destroyed: false, printed: [] as unknown[] };
    webContents = { printToPDF: vi.fn(async (o: unknown) => (this.record.printed.push(o), new Uint8Array([0x25, 0x50, 0x44, 0x46]))) };
    constructor(options: unknown) {
      this.record.options = options;
      created.push(this.record);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    once(name: string) {
      this.record.once.push(name);
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { created, BrowserWindow };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

describe('window options', () => {
  it('isolates and sandboxes the renderer, with no Node.js in it', () => {
    const prefs = mainWindowOptions('/app/dist/preload/preload.cjs').webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/dist/preload/preload.cjs');
  });

  it('prints in a window with no preload, no script and its own session', () => {
    const prefs = printWindowOptions().webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, partition: 'botcheck-print' });
    expect(prefs.preload).toBeUndefined();
    expect(printWindowOptions().show).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('opens the app page over app:// with those options, shown when ready', async () => {
    const { createMainWindow } = await import('../../electron/main/window');
    createMainWindow('/app/dist/preload/preload.cjs');
    const record = electron.created.at(-1)!;
    expect(record.options).toEqual(mainWindowOptions('/app/dist/preload/preload.cjs'));
    expect(record.loaded).toEqual(['app://botcheck/index.html']);
    expect(record.once).toEqual(['ready-to-show']);
  });
});

describe('printHtmlToPdf', () => {
  it('loads the HTML as a data: URL in the print window, prints A4 and always destroys the window', async () => {
    const { printHtmlToPdf } = await import('../../electron/main/print-pdf');
    const pdf = await printHtmlToPdf('<p>日本語 report</p>');
    const record = electron.created.at(-1)!;
    expect(record.options).toEqual(printWindowOptions());
    expect(Buffer.from(record.loaded[0]!.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>日本語 report</p>');
    expect(record.printed).toEqual([{ printBackground: true, pageSize: 'A4' }]);
    expect(record.destroyed).toBe(true);
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF');
  });
});
