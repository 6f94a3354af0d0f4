/**
 * Builds the desktop app into dist/: main (ESM, with its dependencies bundled so that app.asar needs
 * no node_modules), preload (one CommonJS file: a sandboxed preload can require nothing but
 * electron), and the renderer with Vite. `npm start` runs this, then `electron .`.
 * Tests build into a folder of their own (`dist` argument) so they never race the working tree.
 */
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(root, 'dist');

const common = {
  absWorkingDir: root,
  bundle: true,
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'linked',
};

export async function buildMain(dist = DIST) {
  await rm(join(dist, 'main'), { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: join(dist, 'main/main.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __botcheckRequire } from 'node:module'; const require = __botcheckRequire(import.meta.url);" },
  });
}

export async function buildPreload(dist = DIST) {
  await rm(join(dist, 'preload'), { recursive: true, force: true });
  await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: join(dist, 'preload/preload.cjs'), platform: 'browser', format: 'cjs', target: 'chrome130' });
}

export async function buildRenderer(dist = DIST) {
  await viteBuild({ root: join(root, 'renderer'), base: './', logLevel: 'warn', build: { outDir: join(dist, 'renderer'), emptyOutDir: true } });
}

export async function buildApp(dist = DIST) {
  await Promise.all([buildMain(dist), buildPreload(dist)]);
  await buildRenderer(dist);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildApp();
