/**
 * Maintainer script: recomputes the sha256 of every file listed in signatures/manifest.json and
 * refuses data files that are not listed (each needs its source and licence written by a person).
 * Usage: npx tsx scripts/refresh-manifest.ts [--version X.Y.Z] [--date YYYY-MM-DD]
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestSchema } from '../electron/signatures/schema';
import { BUNDLED_SIGNATURES_DIR } from '../electron/signatures/load';

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(relative(BUNDLED_SIGNATURES_DIR, path).split('\\').join('/'));
  }
  return out;
}

const { values } = parseArgs({ options: { version: { type: 'string' }, date: { type: 'string' } } });
const manifestPath = join(BUNDLED_SIGNATURES_DIR, 'manifest.json');
const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
const unlisted = (await listFiles(BUNDLED_SIGNATURES_DIR)).filter((f) => f !== 'manifest.json' && f.toLowerCase() !== 'readme.md' && !(f in manifest.files));
if (unlisted.length > 0) {
  console.error(`Add these to manifest.json with their source and licence first: ${unlisted.join(', ')}`);
  process.exit(1);
}
for (const [name, meta] of Object.entries(manifest.files)) {
  meta.sha256 = createHash('sha256').update(await readFile(join(BUNDLED_SIGNATURES_DIR, name))).digest('hex');
}
if (values.version) manifest.version = values.version;
if (values.date) manifest.date = values.date;
await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: ${Object.keys(manifest.files).length} files, version ${manifest.version}, ${manifest.date}`);
