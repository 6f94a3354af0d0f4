import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, stageApp } from './support/stage-app';
import { IPC_ARGS } from '../../electron/main/ipc-schemas';

/**
 * No Electron binary can run here, so the bundle esbuild makes for `npm start` is run under plain
 * Node with `electron` resolved to a stand-in: it proves that dist/main/main.mjs loads all its
 * bundled dependencies and wires the app exactly as the unit tests expect.
 */

let root: string;
let log: unknown[];

beforeAll(async () => {
  root = await stageApp({ renderer: false });
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', join(ROOT, 'test/electron/support/register-electron-stub.mjs'), join(root, 'dist/main/main.mjs')], { cwd: root, timeout: 30_000 });
  log = JSON.parse(stdout.trim().split('\n').at(-1)!) as unknown[];
}, 60_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('dist/main/main.mjs under a stand-in electron', () => {
  it('registers the app scheme first, enables the sandbox, then hardens the sessions', () => {
    expect(log[0]).toEqual({ registerSchemesAsPrivileged: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }] });
    expect(log[1]).toBe('enableSandbox');
    expect(log.filter((e) => e === 'setPermissionRequestHandler')).toHaveLength(2);
    expect(log.filter((e) => e === 'onBeforeRequest')).toHaveLength(2);
    expect(log).toContainEqual({ protocolHandle: 'app' });
  });

  it('registers every channel of the contract and opens the one window on app://', () => {
    const handled = log.filter((e): e is { handle: string } => typeof e === 'object' && e !== null && 'handle' in e).map((e) => e.handle);
    expect(handled.sort()).toEqual(Object.keys(IPC_ARGS).sort());
    const windows = log.filter((e): e is { window: { webPreferences: Record<string, unknown> } } => typeof e === 'object' && e !== null && 'window' in e);
    expect(windows).toHaveLength(1);
    expect(windows[0]!.window.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(root, 'dist/preload/preload.cjs') });
    expect(log.at(-1)).toEqual({ loadURL: 'app://botcheck/index.html' });
  });

  it('bundles the preload as one CommonJS file that requires electron only', async () => {
    const preload = await readFile(join(root, 'dist/preload/preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });
});
