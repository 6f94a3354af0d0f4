/**
 * `npm run bench`, matcher part (issue 4): load 1,000,000 command-server entries and look up
 * 1,000,000 addresses; targets load < 300 ms and ≥ 2,000,000 lookups/s. Each run is a fresh process,
 * because a scan builds its index once, with nothing compiled yet; the code is bundled by esbuild as
 * the CLI and the app ship it. Prints every run and the median; never fails on time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const RUNS = 5;
const TARGET_LOAD_MS = 300;
const TARGET_LOOKUPS = 2_000_000;

interface Run {
  entries: number;
  fileMB: number;
  readMs: number;
  loadMs: number;
  lookupsPerSecond: number;
  lookupsPerSecondConcatenated: number;
  hits: number;
  indexMB: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const int = (x: number): string => Math.round(x).toLocaleString('en');

const dir = mkdtempSync(join(tmpdir(), 'botcheck-bench-matcher-'));
try {
  const bundle = join(dir, 'matcher-once.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('matcher-once.ts', import.meta.url))],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, [bundle], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`matcher bench run failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout) as Run);
  }
  const first = runs[0]!;
  const loads = runs.map((x) => x.loadMs);
  const lookups = runs.map((x) => x.lookupsPerSecond);
  console.log(`matcher: ${int(first.entries)} entries from a ${first.fileMB.toFixed(1)} MB list file, ${RUNS} cold runs`);
  console.log(`  load (parse + index)   ${loads.map(int).join(', ')} ms; median ${int(median(loads))} ms   target < ${TARGET_LOAD_MS} ms   ${median(loads) < TARGET_LOAD_MS ? 'ok' : 'OVER'}`);
  console.log(`  reading the file       median ${int(median(runs.map((x) => x.readMs)))} ms (not part of the load above)`);
  console.log(`  lookups/s              ${lookups.map(int).join(', ')}; median ${int(median(lookups))}   target ≥ ${int(TARGET_LOOKUPS)}   ${median(lookups) >= TARGET_LOOKUPS ? 'ok' : 'UNDER'}   (${int(first.hits)} hits of 1,000,000)`);
  console.log(`  lookups/s, queries as freshly concatenated strings (V8 flattens each on first read): median ${int(median(runs.map((x) => x.lookupsPerSecondConcatenated)))}`);
  console.log(`  memory of the index    ${first.indexMB.toFixed(1)} MB of typed arrays`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
