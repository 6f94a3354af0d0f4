import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

/** A stand-in for the parts of Electron main.ts uses, recording what it was asked to do. */
const fake = vi.hoisted(() => {
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  const order: string[] = [];
  let frameIds = 0;
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const makeSession = (name: string) => ({
    name,
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    on: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const windows: { options: unknown; url: string | null; webContents: EventEmitter & { mainFrame: object; send: ReturnType<typeof vi.fn> } }[] = [];
  class BrowserWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), { mainFrame: { url: 'app://botcheck/index.html', parent: null, processId: 4, routingId: ++frameIds }, send: vi.fn() });
    url: string | null = null;
    constructor(readonly options: unknown) {
      super();
      order.push('window');
      windows.push(this as never);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    show = vi.fn();
  }
  const app = Object.assign(new EventEmitter(), {
    whenReady: () => whenReady,
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    getPath: vi.fn(() => '/nonexistent/userData'),
    getLocale: vi.fn(() => 'ja-JP'),
    quit: vi.fn(),
  });
  return {
    order,
    ready: () => ready(),
    windows,
    electron: {
      app,
      BrowserWindow,
      ipcMain: { handle: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(() => order.push('registerScheme')), handle: vi.fn() },
      session: { defaultSession: makeSession('default'), fromPartition: vi.fn((p: string) => makeSession(p)) },
      shell: { openExternal: vi.fn() },
      clipboard: { writeText: vi.fn() },
      dialog: { showSaveDialog: vi.fn() },
    },
  };
});
vi.mock('electron', () => fake.electron);

await import('../../electron/main/main');

describe('main.ts wiring (electron stood in)', () => {
  it('registers the app scheme and the sandbox before the app is ready', () => {
    expect(fake.order).toEqual(['registerScheme', 'enableSandbox']);
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('when ready: hardens the sessions, serves the renderer, registers every channel, opens one window', async () => {
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const { session, protocol, ipcMain } = fake.electron;
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(session.fromPartition).toHaveBeenCalledWith('botcheck-print');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle.mock.calls.map((c) => c[0]).sort()).toEqual([
      'botcheck:check-notice',
      'botcheck:copy-support-code',
      'botcheck:decode-support-code',
      'botcheck:default-lang',
      'botcheck:export',
      'botcheck:history',
      'botcheck:load-report',
      'botcheck:open-external',
      'botcheck:remediation',
      'botcheck:scan',
      'botcheck:signatures-status',
      'botcheck:update-signatures',
    ]);
    const [window] = fake.windows;
    expect(window!.url).toBe('app://botcheck/index.html');
    const prefs = (window!.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('hardens every webContents created, denying navigation and new windows', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.electron.app.emit('web-contents-created', {}, contents);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.setWindowOpenHandler.mock.calls[0]![0]({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('answers the app window and refuses anyone else', async () => {
    const handler = fake.electron.ipcMain.handle.mock.calls.find((c) => c[0] === 'botcheck:default-lang')![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    const window = fake.windows[0]!;
    await expect(handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame })).resolves.toBe('ja');
    const other = new fake.electron.BrowserWindow({});
    await expect(handler({ sender: other.webContents, senderFrame: other.webContents.mainFrame })).rejects.toThrow(/not from the app window/);
  });

  it('quits when the window is closed', () => {
    fake.electron.app.emit('window-all-closed');
    expect(fake.electron.app.quit).toHaveBeenCalled();
  });
});
