import type { Session, WebContents } from 'electron';

/**
 * Denials for every webContents and session (after Element Desktop's webcontents-handler): the app
 * never navigates, never opens windows, never embeds webviews and grants no permission. Links to
 * the outside go through the open-external channel and its allowlist, never through navigation.
 */

export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** URL schemes a session may load at all; everything else (http, https, file, ws …) is cancelled. */
export const ALLOWED_REQUEST_SCHEMES: readonly string[] = ['app:', 'data:', 'devtools:'];

export function isAllowedRequest(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}
