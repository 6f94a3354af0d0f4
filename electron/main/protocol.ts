import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { serveAppRequest } from './app-protocol';

/** Must run before the app is ready: a standard, secure scheme gets a real origin for 'self'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
