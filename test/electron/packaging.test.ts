import { extractFile, listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beforeBuild } from '../../scripts/electron-builder-hooks.mjs';
import { ROOT, stageApp } from './support/stage-app';

/**
 * Builds the unpacked Linux app with electron-builder and the real electron-builder.yml, with a
 * stand-in Electron (no binary can be downloaded here): an `electron` file that carries the fuse
 * wire of a real Electron 41 binary, so that flipping the fuses is tested too.
 */

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own defaults: run-as-node, NODE_OPTIONS, --inspect and file:// privileges on. */
const STOCK_WIRE = '10110001';

let work: string;
let appOut: string;
let entries: string[];

async function fakeElectronDist(dir: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  await mkdir(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(`#!/bin/sh\necho stand-in electron\nexit 0\n#${SENTINEL}`), Buffer.from([1, STOCK_WIRE.length]), Buffer.from(STOCK_WIRE), Buffer.from('\n')]);
  await writeFile(join(dir, 'electron'), wire);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  await writeFile(join(dir, 'LICENSE'), 'stand-in licence');
  await writeFile(join(dir, 'version'), '41.7.1');
}

/** What electron-builder.yml names as its beforeBuild hook. */
async function configuredHook(): Promise<string> {
  return /^beforeBuild: (.+)$/m.exec(await readFile(join(ROOT, 'electron-builder.yml'), 'utf8'))?.[1] ?? '';
}

beforeAll(async () => {
  // The staged project holds the real electron-builder.yml, package.json, signatures and a fresh dist/.
  work = await stageApp({ renderer: true });
  await fakeElectronDist(join(work, 'electron-dist'));
  const electronVersion = (JSON.parse(await readFile(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  expect(await configuredHook()).toBe('./scripts/electron-builder-hooks.mjs');
  expect(beforeBuild()).toBe(false);
  await build({
    projectDir: work,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    // The yml names the hook by a path relative to the working directory; the staged project gets the same function.
    config: { electronVersion, beforeBuild, electronDist: join(work, 'electron-dist'), directories: { output: join(work, 'release') } },
  });
  appOut = join(work, 'release', 'linux-unpacked');
  entries = listPackage(join(appOut, 'resources', 'app.asar'), { isPack: false });
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('packaged app (electron-builder --dir --linux, stand-in Electron)', () => {
  it('holds main, preload, renderer, signatures and package.json', () => {
    expect(entries).toContain('/dist/main/main.mjs');
    expect(entries).toContain('/dist/preload/preload.cjs');
    expect(entries).toContain('/dist/renderer/index.html');
    expect(entries.some((e) => /^\/dist\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
    expect(entries).toContain('/signatures/manifest.json');
    expect(entries).toContain('/signatures/remediation.json');
    expect(entries).toContain('/package.json');
  });

  it('holds nothing from test/, no sources, no source maps, no node_modules', () => {
    const offending = entries.filter((e) => /^\/(test|electron|renderer|scripts|bench|docs|node_modules)(\/|$)/.test(e) || /\.(tsx?|map)$/.test(e) || e.includes('/node_modules/'));
    expect(offending).toEqual([]);
    expect(entries.filter((e) => e.startsWith('/dist/') && !/^\/dist\/(main|preload|renderer)(\/|$)/.test(e))).toEqual([]);
  });

  it('has the icon and the macOS entitlements electron-builder.yml names', async () => {
    const yml = await readFile(join(ROOT, 'electron-builder.yml'), 'utf8');
    const icon = await readFile(join(ROOT, /^icon: (.+)$/m.exec(yml)![1]!));
    // PNG signature, then the IHDR width and height: electron-builder needs at least 512 px for .icns.
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([1024, 1024]);
    const entitlements = await readFile(join(ROOT, /^ {2}entitlements: (.+)$/m.exec(yml)![1]!), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
    expect(/^ {2}entitlementsInherit: (.+)$/m.exec(yml)![1]).toBe(/^ {2}entitlements: (.+)$/m.exec(yml)![1]);
  });

  it('points package.json main at the bundled main process', () => {
    const pkg = JSON.parse(extractFile(join(appOut, 'resources', 'app.asar'), 'package.json').toString('utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/main.mjs');
  });

  it('flips every fuse as electron-builder.yml states', async () => {
    const wire = await getCurrentFuseWire(join(appOut, 'botcheck'));
    const state = (i: number): string => String.fromCharCode(wire[i as keyof typeof wire] as number);
    // RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot, FileProtocolPrivileges
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(state).join('')).toBe('01001100');
    const bytes = await readFile(join(appOut, 'botcheck'));
    expect(bytes.includes(Buffer.from(STOCK_WIRE))).toBe(false);
  });

  it('keeps the Electron licence beside the executable', async () => {
    await expect(readFile(join(appOut, 'LICENSE.electron.txt'), 'utf8')).resolves.toBe('stand-in licence');
  });
});
