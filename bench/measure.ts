import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface CliRun {
  wallMs: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Peak RSS of the CLI's own Node process, kB (ru_maxrss at exit). */
  selfPeakKb: number | null;
  /** Largest peak RSS of any one process in the CLI's tree (GNU time %M), kB; null without /usr/bin/time. */
  treePeakKb: number | null;
}

const GNU_TIME = '/usr/bin/time';
const PRELOAD = new URL('peak-rss.mjs', import.meta.url).href;

export function hasGnuTime(): boolean {
  try {
    accessSync(GNU_TIME, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function readKb(path: string): Promise<number | null> {
  try {
    const n = Number((await readFile(path, 'utf8')).trim().split(/\s+/).pop());
    return Number.isFinite(n) && n > 0 ? n : null;
  } catch {
    return null;
  } finally {
    await rm(path, { force: true });
  }
}

/**
 * Runs `node bin/botcheck.js <args>` as a user would, timing it from spawn to exit (so Node
 * start-up and module loading are included). GNU time, when present, wraps it only to read the whole tree's peak; its own
 * cost (one fork and exec) is far below the resolution shown.
 */
export async function runCli(repo: string, args: readonly string[], scratch: string): Promise<CliRun> {
  const selfFile = join(scratch, 'self-rss');
  const treeFile = join(scratch, 'tree-rss');
  const node = [process.execPath, '--import', PRELOAD, 'bin/botcheck.js', ...args];
  const [file, argv] = hasGnuTime() ? [GNU_TIME, ['-f', '%M', '-o', treeFile, ...node]] : [node[0]!, node.slice(1)];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: repo, env: { ...process.env, BOTCHECK_BENCH_RSS_FILE: selfFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  return { wallMs, exitCode, stdout, stderr, selfPeakKb: await readKb(selfFile), treePeakKb: hasGnuTime() ? await readKb(treeFile) : null };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
