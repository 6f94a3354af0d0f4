/**
 * `npm run bench`: how long a scan of this machine takes and how much memory it needs, beside the
 * targets (≤ 1.5 s wall, ≤ 120 MB). It prints figures and never fails on time; it fails only when a
 * scan cannot run at all. It writes only into a temporary folder, removed at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { arch, cpus, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scan } from '../electron/engine/scan';
import type { Report } from '../electron/shared/types';
import { loadSignatures } from '../electron/signatures/load';
import { hasGnuTime, median, runCli, type CliRun } from './measure';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const TARGET_WALL_MS = 1500;
const TARGET_RSS_MB = 120;
const EXIT_ERROR = 3;

interface Row {
  what: string;
  wallMs: number[];
  /** CLI rows only: peak RSS of the CLI's Node process and of the largest process in its tree, kB. */
  selfPeakKb?: (number | null)[];
  treePeakKb?: (number | null)[];
  /** Held to the targets: the live CLI scan, as issue 2 sets them; the other rows are figures only. */
  targeted?: boolean;
}

async function cliSeries(args: readonly string[], scratch: string, runs: number): Promise<CliRun[]> {
  const out: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runCli(REPO, args, scratch);
    if (r.exitCode === null || r.exitCode === EXIT_ERROR) throw new Error(`botcheck ${args.join(' ')} failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
    out.push(r);
    process.stderr.write('.');
  }
  return out;
}

async function inProcessSeries(run: () => Promise<Report>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    out.push(performance.now() - started);
    process.stderr.write('.');
  }
  return out;
}

function cliRow(what: string, runs: readonly CliRun[]): Row {
  return { what, wallMs: runs.map((r) => r.wallMs), selfPeakKb: runs.map((r) => r.selfPeakKb), treePeakKb: runs.map((r) => r.treePeakKb) };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

function peak(values: readonly (number | null)[] | undefined): number | null {
  const known = (values ?? []).filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER';
}

function table(rows: readonly Row[]): string {
  const head = ['', 'runs', 'median', 'min', 'max', `wall ≤ ${seconds(TARGET_WALL_MS)}`, 'peak RSS, CLI node', 'peak RSS, any child', `RSS ≤ ${TARGET_RSS_MB} MB`];
  const lines = rows.map((r) => {
    const med = median(r.wallMs);
    const self = peak(r.selfPeakKb);
    const tree = peak(r.treePeakKb);
    return [
      r.what,
      String(r.wallMs.length),
      seconds(med),
      seconds(Math.min(...r.wallMs)),
      seconds(Math.max(...r.wallMs)),
      r.targeted ? verdict(med <= TARGET_WALL_MS) : '—',
      self === null ? '—' : mb(self),
      tree === null ? '—' : mb(tree),
      self === null || !r.targeted ? '—' : verdict(self / 1024 <= TARGET_RSS_MB),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

function slowestProbes(report: Report, n: number): string {
  return [...report.probes]
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, n)
    .map((p) => `${p.id} ${p.durationMs} ms${p.error ? ` (${p.error.kind})` : ''}`)
    .join(', ');
}

async function main(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'botcheck-bench-'));
  try {
    const cpu = cpus();
    console.log(`botcheck bench: ${process.platform} ${release()} ${arch()}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, ${new Date().toISOString()}`);
    process.stderr.write('running');

    const warmUp = await cliSeries(['scan', '--json'], scratch, 1);
    const live = await cliSeries(['scan', '--json'], scratch, RUNS);

    const loadStarted = performance.now();
    const signatures = await loadSignatures();
    const loadMs = performance.now() - loadStarted;
    const liveInProcess = await inProcessSeries(() => scan({ signatures }), RUNS);

    const recordDir = join(scratch, 'recording');
    const record = await cliSeries(['scan', '--json', '--record', recordDir], scratch, 1);
    const replay = await cliSeries(['scan', '--json', '--replay', recordDir], scratch, RUNS);
    const replayInProcess = await inProcessSeries(() => scan({ signatures, replayDir: recordDir }), RUNS);
    process.stderr.write('\n');

    const rows: Row[] = [
      { ...cliRow('live scan, CLI (node bin/botcheck.js scan --json)', live), targeted: true },
      { what: 'live scan, engine only (scan() in this process)', wallMs: liveInProcess },
      cliRow('record once (scan --json --record DIR)', record),
      cliRow('replay, CLI (scan --json --replay DIR)', replay),
      { what: 'replay, engine only (scan() in this process)', wallMs: replayInProcess },
    ];
    console.log('');
    console.log(table(rows));
    console.log('');
    const lastLive = JSON.parse(live.at(-1)!.stdout) as Report;
    console.log(`first CLI run (warm-up, not counted): ${seconds(warmUp[0]!.wallMs)}; loading the signatures in-process: ${loadMs.toFixed(0)} ms`);
    console.log(`slowest probes in the last live run: ${slowestProbes(lastLive, 3)}`);
    console.log(`exit codes: live ${[...new Set(live.map((r) => r.exitCode))].join('/')}, replay ${[...new Set(replay.map((r) => r.exitCode))].join('/')} (verdicts of this machine, not bench failures)`);
    console.log('');
    console.log('How it is measured:');
    console.log('- wall: from spawning `node bin/botcheck.js …` to its exit, Node start-up and module loading included (the bundle `npm run bench` builds first); the first run warms caches and is not counted.');
    console.log('- engine only: scan() awaited inside this process, signatures already loaded; no Node start-up.');
    console.log("- peak RSS, CLI node: the CLI process's own ru_maxrss at exit (= VmHWM), written by bench/peak-rss.mjs preloaded with --import; the largest of the runs.");
    console.log(
      hasGnuTime()
        ? '- peak RSS, any child: GNU time %M, the largest peak of any single process in the CLI\'s tree (Node or a probe such as apt-get); not a sum.'
        : '- peak RSS, any child: not measured (/usr/bin/time is not installed; Debian/Ubuntu package "time").',
    );
    console.log('- MB here is 1024 × 1024 bytes. Figures vary with the machine (number of processes, apt lists, firewall rules).');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\nbench failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
