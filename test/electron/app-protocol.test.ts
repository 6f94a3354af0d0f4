import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAppUrl, resolveAppFile } from '../../electron/main/app-origin';
import { serveAppRequest } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';

const electron = vi.hoisted(() => ({ registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }));
vi.mock('electron', () => ({ protocol: electron }));

let root: string;
let outside: string;
beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'botcheck-protocol-'));
  root = join(outside, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>botcheck</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'secret');
});
afterAll(async () => {
  await rm(outside, { recursive: true, force: true });
});

const get = (url: string) => serveAppRequest({ url, method: 'GET' }, root);

describe('Content-Security-Policy', () => {
  it('allows only our own origin, no inline script, no eval, no network', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'self'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['base-uri']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*|https?:|data: .*script/);
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await get('app://botcheck/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>botcheck</title>');
    expect((await get('app://botcheck/')).status).toBe(200);
  });

  it('serves scripts as JavaScript, with the CSP header too', async () => {
    const response = await get('app://botcheck/assets/index-abc.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://botcheck/../secret.txt',
    'app://botcheck/%2e%2e/secret.txt',
    'app://botcheck/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://botcheck/..%5csecret.txt',
    'app://botcheck/index.html%00.js',
    'app://botcheck/missing.js',
    'app://other/index.html',
    'https://botcheck/index.html',
  ])('answers 404 for %s, with the CSP header', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers only GET', async () => {
    expect((await serveAppRequest({ url: 'app://botcheck/index.html', method: 'POST' }, root)).status).toBe(405);
  });
});

describe('app origin', () => {
  it('knows its own URLs', () => {
    expect(isAppUrl('app://botcheck/index.html')).toBe(true);
    expect(isAppUrl('app://botcheck.evil/index.html')).toBe(false);
    expect(resolveAppFile('app://botcheck/', root)).toBe(join(root, 'index.html'));
  });
});

describe('protocol registration', () => {
  it('registers app:// as a standard, secure scheme and serves the renderer folder through it', async () => {
    const { registerAppScheme, serveRenderer } = await import('../../electron/main/protocol');
    registerAppScheme();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    serveRenderer(root);
    const [scheme, handler] = electron.handle.mock.calls[0]! as [string, (r: { url: string; method: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler({ url: 'app://botcheck/index.html', method: 'GET' });
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
