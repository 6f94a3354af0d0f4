import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isAllowedRequest } from '../../electron/main/web-security';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => {
      openHandler = h;
    },
  });
  hardenWebContents(contents as never);
  const fire = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn() };
    emitter.emit(name, event, ...args);
    return event.preventDefault;
  };
  return { fire, open: (url: string) => openHandler!({ url }) };
}

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => void (handlers.request = h),
    setPermissionCheckHandler: (h: never) => void (handlers.check = h),
    setDevicePermissionHandler: (h: never) => void (handlers.device = h),
    on: (name: string, h: never) => void (handlers[name] = h),
    webRequest: { onBeforeRequest: (h: never) => void (handlers.beforeRequest = h) },
  };
  hardenSession(session as never);
  return handlers as Record<string, (...args: unknown[]) => unknown>;
}

describe('hardenWebContents', () => {
  it.each(['https://evil.example/', 'app://botcheck/other.html', 'file:///etc/passwd'])('denies navigation to %s', (url) => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', url)).toHaveBeenCalled();
    expect(fire('will-frame-navigate', url)).toHaveBeenCalled();
    expect(fire('will-redirect', url)).toHaveBeenCalled();
  });

  it('denies new windows, even to a catalogue host', () => {
    const { open } = fakeContents();
    expect(open('https://notice.go.jp/')).toEqual({ action: 'deny' });
    expect(open('app://botcheck/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', {}, {})).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies the permission request %s', (permission) => {
    const h = fakeSession();
    const callback = vi.fn();
    h.request!({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(h.check!({}, permission, 'app://botcheck', {})).toBe(false);
  });

  it('denies device access and downloads', () => {
    const h = fakeSession();
    expect(h.device!({ deviceType: 'usb' })).toBe(false);
    const event = { preventDefault: vi.fn() };
    h['will-download']!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('cancels every request that is not to the app itself', () => {
    const h = fakeSession();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      h.beforeRequest!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://botcheck/assets/index.js')).toBe(false);
    expect(decide('https://notice.go.jp/')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('wss://evil.example/')).toBe(true);
  });

  it('reads garbage as not allowed', () => {
    expect(isAllowedRequest('::::')).toBe(false);
  });
});
