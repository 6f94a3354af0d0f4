import { describe, expect, it, vi } from 'vitest';
import { IPC_ARGS, parseArgs } from '../../electron/main/ipc-schemas';
import { registerHandlers, type Handlers, type IpcMainLike } from '../../electron/main/ipc-register';
import { isTrustedSender, type SenderEvent } from '../../electron/main/ipc-sender';
import { emptyNotice } from '../../electron/shared/notice';
import type { IpcChannel } from '../../electron/shared/ipc';

/** Every channel of IpcContract, spelled out: a channel added to the contract must be added here too. */
const CHANNELS: IpcChannel[] = [
  'botcheck:scan',
  'botcheck:check-notice',
  'botcheck:history',
  'botcheck:load-report',
  'botcheck:export',
  'botcheck:open-external',
  'botcheck:remediation',
  'botcheck:decode-support-code',
  'botcheck:copy-support-code',
  'botcheck:signatures-status',
  'botcheck:update-signatures',
  'botcheck:default-lang',
];

type Frame = { url: string; parent: unknown; processId: number; routingId: number };

function fakeWindow(url = 'app://botcheck/index.html') {
  const mainFrame: Frame = { url, parent: null, processId: 4, routingId: 1 };
  const webContents = { mainFrame };
  return { isDestroyed: () => false, webContents };
}

function setup() {
  const window = fakeWindow();
  const listeners = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const calls: unknown[][] = [];
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async (...args: unknown[]) => { calls.push([c, ...args]); return 'ok'; })])) as unknown as Handlers;
  registerHandlers(ipc, () => window, handlers);
  const own: SenderEvent = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  const invoke = (channel: IpcChannel, event: SenderEvent, ...args: unknown[]) => Promise.resolve(listeners.get(channel)!(event, ...args));
  return { window, listeners, own, invoke, calls, handlers };
}

describe('registerHandlers', () => {
  it('registers a handler for every channel of the contract, each with a schema', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(IPC_ARGS).sort()).toEqual([...CHANNELS].sort());
  });

  it('knows the main frame by its ids when Electron hands out another object for it', async () => {
    const { invoke, window, calls } = setup();
    await invoke('botcheck:history', { sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } });
    expect(calls).toEqual([['botcheck:history']]);
  });

  it('runs the handler for the app window main frame with valid arguments', async () => {
    const { invoke, own, calls } = setup();
    await expect(invoke('botcheck:open-external', own, 'https://notice.go.jp/')).resolves.toBe('ok');
    await expect(invoke('botcheck:history', own)).resolves.toBe('ok');
    expect(calls).toEqual([['botcheck:open-external', 'https://notice.go.jp/'], ['botcheck:history']]);
  });

  describe('refuses a message that is not from the app window main frame', () => {
    const cases: [string, (s: ReturnType<typeof setup>) => SenderEvent][] = [
      ['another webContents', (s) => ({ sender: { mainFrame: s.window.webContents.mainFrame }, senderFrame: s.window.webContents.mainFrame })],
      ['a subframe of the app window', (s) => ({ sender: s.window.webContents, senderFrame: { url: 'app://botcheck/index.html', parent: s.window.webContents.mainFrame, processId: 4, routingId: 7 } })],
      ['a subframe claiming the main frame ids', (s) => ({ sender: s.window.webContents, senderFrame: { url: 'app://botcheck/index.html', parent: s.window.webContents.mainFrame, processId: 4, routingId: 1 } })],
      ['a top-level frame that is not the main frame (a fenced frame)', (s) => ({ sender: s.window.webContents, senderFrame: { url: 'app://botcheck/index.html', parent: null, processId: 4, routingId: 9 } })],
      ['a sender frame that is gone', (s) => ({ sender: s.window.webContents, senderFrame: null })],
    ];
    it.each(cases)('%s', async (_name, make) => {
      const s = setup();
      await expect(s.invoke('botcheck:history', make(s))).rejects.toThrow(/refused \(not from the app window\)/);
      expect(s.calls).toEqual([]);
    });

    it.each(['https://evil.example/', 'file:///tmp/index.html', 'app://evil/index.html', 'app://botcheck:8080/index.html', 'app://user@botcheck/index.html', 'about:blank', 'devtools://devtools/bundled/inspector.html'])('the main frame showing another origin: %s', async (url) => {
      const s = setup();
      s.window.webContents.mainFrame.url = url;
      await expect(s.invoke('botcheck:history', s.own)).rejects.toThrow(/not from the app window/);
      expect(s.calls).toEqual([]);
    });

    it('a window that has been destroyed', async () => {
      const s = setup();
      s.window.isDestroyed = () => true;
      await expect(s.invoke('botcheck:history', s.own)).rejects.toThrow(/not from the app window/);
    });
  });

  describe('refuses arguments that do not match the channel schema', () => {
    const notice = emptyNotice();
    const cases: [IpcChannel, unknown[]][] = [
      ['botcheck:history', ['extra']],
      ['botcheck:default-lang', [undefined]],
      ['botcheck:open-external', []],
      ['botcheck:open-external', [42]],
      ['botcheck:open-external', ['https://notice.go.jp/', 'extra']],
      ['botcheck:open-external', [`https://notice.go.jp/${'a'.repeat(3000)}`]],
      ['botcheck:decode-support-code', ['X'.repeat(65)]],
      ['botcheck:decode-support-code', [{ toString: () => 'code' }]],
      ['botcheck:load-report', ['../../etc/passwd']],
      ['botcheck:load-report', ['20261124T093000Z-0123abcd.json']],
      ['botcheck:export', [{ id: '20261124T093000Z-0123abcd', format: 'exe', lang: 'en' }]],
      ['botcheck:export', [{ id: '20261124T093000Z-0123abcd', format: 'pdf', lang: 'fr' }]],
      ['botcheck:export', [{ id: '20261124T093000Z-0123abcd', format: 'pdf' }]],
      ['botcheck:copy-support-code', ['rm -rf /']],
      ['botcheck:copy-support-code', ['https://evil.example/']],
      ['botcheck:copy-support-code', ['AB1C-']],
      ['botcheck:copy-support-code', ['AB1C-2DEF', 'x']],
      ['botcheck:export', [{ id: '20261124T093000Z-0123abcd', format: 'pdf', lang: 'en', path: '/etc/passwd' }]],
      ['botcheck:export', ['20261124T093000Z-0123abcd', 'pdf']],
      ['botcheck:scan', [{}]],
      ['botcheck:scan', [{ answers: [] }]],
      ['botcheck:scan', [{ answers: { 'MAN-001': 7 } }]],
      ['botcheck:scan', [{ answers: { 'MAN-001': 'x'.repeat(41) } }]],
      ['botcheck:scan', [{ answers: { __proto__x: 'never' } }]],
      ['botcheck:scan', [{ answers: {}, replayDir: '/tmp' }]],
      ['botcheck:scan', [{ answers: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`MAN-${String(i).padStart(3, '0')}`, 'never'])) }]],
      ['botcheck:check-notice', [{ notice: { ...notice, destination: { ...notice.destination, port: 70000 } }, answers: {} }]],
      ['botcheck:check-notice', [{ notice: { ...notice, malware: 'm'.repeat(1_000_000) }, answers: {} }]],
      ['botcheck:check-notice', [{ notice: { ...notice, extra: true }, answers: {} }]],
      ['botcheck:check-notice', [{ notice: { ...notice, observedAt: 'yesterday' }, answers: {} }]],
      ['botcheck:check-notice', [{ notice: { ...notice, redFlags: { attachment: 'yes' } }, answers: {} }]],
      ['botcheck:check-notice', [{ notice, answers: {} }, {}]],
    ];
    it.each(cases)('%s %j', async (channel, args) => {
      const s = setup();
      await expect(s.invoke(channel, s.own, ...args)).rejects.toThrow(/refused \(invalid arguments\)/);
      expect(s.calls).toEqual([]);
    });
  });

  it('passes parsed values on, not the raw ones', () => {
    const notice = { ...emptyNotice(), malware: 'Emotet', destination: { address: '203.0.113.5', domain: null, port: 8080, protocol: 'tcp' as const } };
    expect(parseArgs('botcheck:check-notice', [{ notice, answers: { 'MAN-001': 'never' } }])).toEqual([{ notice, answers: { 'MAN-001': 'never' } }]);
    expect(parseArgs('botcheck:scan', [{ answers: { 'P2P-001': 'no', 'MAIL-001': 'sometimes' } }])).toEqual([{ answers: { 'P2P-001': 'no', 'MAIL-001': 'sometimes' } }]);
    expect(parseArgs('botcheck:export', [{ id: '20261124T093000Z-0123abcd', format: 'pdf', lang: 'ja' }])).toEqual([{ id: '20261124T093000Z-0123abcd', format: 'pdf', lang: 'ja' }]);
    expect(parseArgs('botcheck:copy-support-code', ['1A2B-3C4D-5E6F-7G8H'])).toEqual(['1A2B-3C4D-5E6F-7G8H']);
  });
});

describe('isTrustedSender', () => {
  it('refuses everything when there is no window', () => {
    expect(isTrustedSender({ sender: {}, senderFrame: { url: 'app://botcheck/', parent: null, processId: 1, routingId: 1 } }, null)).toBe(false);
  });
});
