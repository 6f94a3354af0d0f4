/**
 * Stands in for the `electron` module when the bundled dist/main/main.mjs is run under plain Node
 * (bundle-load.test.ts): records what main asks of Electron, prints it as JSON and exits.
 */
import { EventEmitter } from 'node:events';

const log = [];
const record = (what) => log.push(what);

class WebContents extends EventEmitter {
  mainFrame = { url: 'app://botcheck/index.html', parent: null, processId: 4, routingId: 1 };
  setWindowOpenHandler() {}
  send() {}
}

export class BrowserWindow extends EventEmitter {
  webContents = new WebContents();
  constructor(options) {
    super();
    record({ window: options });
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    record({ loadURL: url });
    setImmediate(() => {
      process.stdout.write(`${JSON.stringify(log)}\n`);
      process.exit(0);
    });
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  show() {}
}

const session = () => ({
  setPermissionRequestHandler: () => record('setPermissionRequestHandler'),
  setPermissionCheckHandler: () => record('setPermissionCheckHandler'),
  setDevicePermissionHandler: () => record('setDevicePermissionHandler'),
  on: (name) => record({ sessionOn: name }),
  webRequest: { onBeforeRequest: () => record('onBeforeRequest') },
});

export const app = Object.assign(new EventEmitter(), {
  whenReady: () => Promise.resolve(),
  enableSandbox: () => record('enableSandbox'),
  requestSingleInstanceLock: () => true,
  getPath: (name) => `/nonexistent/${name}`,
  getLocale: () => 'en-US',
  quit: () => record('quit'),
});
export const ipcMain = { handle: (channel) => record({ handle: channel }) };
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record({ registerSchemesAsPrivileged: schemes }),
  handle: (scheme) => record({ protocolHandle: scheme }),
};
const defaultSession = session();
export const shell = { openExternal: () => record('openExternal') };
export const dialog = { showSaveDialog: () => Promise.resolve({ canceled: true }) };
export const clipboard = { writeText: () => record('clipboard.writeText') };
const sessions = { defaultSession, fromPartition: (p) => (record({ fromPartition: p }), session()) };
export { sessions as session };
export default { app, BrowserWindow, ipcMain, protocol, session: sessions, shell, dialog, clipboard };
