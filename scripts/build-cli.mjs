/**
 * Bundles the CLI into dist/cli/botcheck.mjs at `npm ci` / `npm install` (the `prepare` script), so
 * `npx botcheck` starts without compiling TypeScript: about 35 MB and 0.3 s less per run than tsx.
 * Dependencies stay in node_modules; only our own code is bundled.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['electron/cli/main.ts'],
  outfile: 'dist/cli/botcheck.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
