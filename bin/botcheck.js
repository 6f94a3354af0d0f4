#!/usr/bin/env node
// Runs the bundle that `npm ci` built (scripts/build-cli.mjs) when it is newer than every source
// file; otherwise the TypeScript sources through tsx, so an edit is never run stale.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli/botcheck.mjs`;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestSource(`${root}electron`);
  } catch {
    return false;
  }
}

let entry;
if (bundleIsFresh()) {
  entry = await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  entry = await import('../electron/cli/main.ts');
}
await entry.main(process.argv);
