import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { childrenOf } from './proc-tree';
import { findExecutable, runCommand, waitFor } from './run-command';

/**
 * A closed two-namespace network: the lab (where the bot and the scan run) and the fake C2, joined by
 * one veth pair and nothing else. No link to the host, no default route, private addresses.
 *
 * The lab also has its own PID namespace, so its scans see only the lab's programs: a program
 * another test (or another run of this one) starts on the host cannot change the lab's verdicts.
 */
export const LAB_NET = {
  labAddress: '10.213.7.1',
  c2Address: '10.213.7.2',
  prefix: 30,
  route: '10.213.7.0/30',
  device: 'veth0',
} as const;

export interface Lab {
  ip: string;
  nsenter: string;
  ss: string;
  /** Namespace the bot and the scan run in. */
  name: string;
  /** Namespace of the fake command server. */
  c2Name: string;
  /**
   * Scratch folder for the lab's programs. Literally under /tmp (not $TMPDIR): the signatures name
   * /tmp/ as a place programs should not run from.
   */
  tmpDir: string;
  /** `unshare` holding the lab's PID namespace; its child is that namespace's pid 1. */
  init: ChildProcess | null;
  /** Host pid of the lab's pid 1, the process nsenter joins. */
  initPid: number;
}

const IP_CANDIDATES = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'];
const TOOLS = {
  unshare: ['/usr/bin/unshare', '/bin/unshare'],
  nsenter: ['/usr/bin/nsenter', '/bin/nsenter'],
  cat: ['/usr/bin/cat', '/bin/cat'],
  ss: ['/usr/bin/ss', '/usr/sbin/ss', '/bin/ss', '/sbin/ss'],
} as const;

function tool(name: keyof typeof TOOLS): string {
  const path = findExecutable(TOOLS[name]);
  if (!path) throw new Error(`${name} is not installed (looked in ${TOOLS[name].join(', ')})`);
  return path;
}

/** Why this machine cannot host the lab, or null when it can. */
export async function labUnavailable(): Promise<string | null> {
  if (process.platform !== 'linux') return `network namespaces are Linux only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root (run as root or in CI)';
  const ip = findExecutable(IP_CANDIDATES);
  if (!ip) return `the ip command (iproute2) is not installed (looked in ${IP_CANDIDATES.join(', ')})`;
  for (const name of Object.keys(TOOLS) as (keyof typeof TOOLS)[]) {
    if (!findExecutable(TOOLS[name])) return `${name} is not installed (looked in ${TOOLS[name].join(', ')})`;
  }
  const list = await runCommand(ip, ['netns', 'list']);
  return list.code === 0 ? null : `\`ip netns\` is not available: ${list.stderr.trim() || list.failure}`;
}

/** Names carry the creating pid, so leftovers of a run that died without its afterAll can be told apart. */
const STALE_NAME = /^bc(?:lab|c2)-(\d+)-[0-9a-f]{4}(?:-|$)/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes namespaces and /tmp folders of earlier runs whose test process is gone. Their programs
 * ended with that process (see startPidNamespace and the actors' stdin watch).
 */
async function sweepStaleLabs(ip: string): Promise<void> {
  const list = await runCommand(ip, ['netns', 'list']);
  for (const line of list.stdout.split('\n')) {
    const name = line.split(' ')[0] ?? '';
    const pid = STALE_NAME.exec(name)?.[1];
    if (pid && !alive(Number(pid))) await runCommand(ip, ['netns', 'del', name]);
  }
  for (const entry of await readdir('/tmp')) {
    const pid = STALE_NAME.exec(entry)?.[1];
    if (pid && !alive(Number(pid))) await rm(join('/tmp', entry), { recursive: true, force: true });
  }
}

async function ipOrThrow(ip: string, args: readonly string[]): Promise<void> {
  const r = await runCommand(ip, args);
  if (r.code !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.stderr.trim() || r.failure}`);
}

export async function createLab(): Promise<Lab> {
  const ip = findExecutable(IP_CANDIDATES)!;
  await sweepStaleLabs(ip);
  // The pid keeps concurrent runs apart; the random part guards against a stale lab of a recycled pid.
  const tag = `${process.pid}-${randomBytes(2).toString('hex')}`;
  const lab: Lab = { ip, nsenter: tool('nsenter'), ss: tool('ss'), name: `bclab-${tag}`, c2Name: `bcc2-${tag}`, tmpDir: '', init: null, initPid: -1 };
  await ipOrThrow(ip, ['netns', 'add', lab.name]);
  try {
    lab.tmpDir = await mkdtemp(`/tmp/bclab-${tag}-`);
    await ipOrThrow(ip, ['netns', 'add', lab.c2Name]);
    // Both ends are created inside their namespaces, so no interface ever appears on the host.
    await ipOrThrow(ip, ['link', 'add', LAB_NET.device, 'netns', lab.name, 'type', 'veth', 'peer', 'name', LAB_NET.device, 'netns', lab.c2Name]);
    for (const [ns, address] of [[lab.name, LAB_NET.labAddress], [lab.c2Name, LAB_NET.c2Address]] as const) {
      await ipOrThrow(ip, ['-n', ns, 'addr', 'add', `${address}/${LAB_NET.prefix}`, 'dev', LAB_NET.device]);
      await ipOrThrow(ip, ['-n', ns, 'link', 'set', 'lo', 'up']);
      await ipOrThrow(ip, ['-n', ns, 'link', 'set', LAB_NET.device, 'up']);
    }
    await startPidNamespace(lab);
  } catch (err) {
    await destroyLab(lab);
    throw err;
  }
  return lab;
}

/**
 * pid 1 of the lab is `cat` reading a pipe from this test process: if the test runner dies without
 * cleaning up, the pipe closes, cat ends, and the kernel ends every program left in the lab.
 */
async function startPidNamespace(lab: Lab): Promise<void> {
  const init = spawn(lab.ip, ['netns', 'exec', lab.name, tool('unshare'), '--pid', '--fork', '--mount-proc', '--kill-child', tool('cat')], { stdio: ['pipe', 'ignore', 'pipe'] });
  lab.init = init;
  let stderr = '';
  init.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  lab.initPid = await waitFor(
    async () => {
      if (init.exitCode !== null) throw new Error(`unshare exited with ${init.exitCode}: ${stderr}`);
      for (const pid of await childrenOf(init.pid!)) {
        // Joinable only once unshare's child has mounted the lab's /proc and become cat.
        if ((await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim() === 'cat') return pid;
      }
      return null;
    },
    5000,
    () => `the lab's pid 1 did not start: ${stderr || '(no output)'}`,
  );
}

async function stopPidNamespace(lab: Lab): Promise<void> {
  const init = lab.init;
  if (!init || init.exitCode !== null || init.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => init.once('exit', () => resolve()));
  // Ending the lab's pid 1 makes the kernel end everything in the lab; unshare follows. While
  // unshare runs, its child cannot have been reaped, so initPid is still the lab's pid 1.
  if (lab.initPid > 0) process.kill(lab.initPid, 'SIGKILL');
  init.kill('SIGKILL');
  await exited;
}

/** Deleting the namespaces also deletes the veth pair. Errors are collected so every step is tried. */
export async function destroyLab(lab: Lab): Promise<string[]> {
  const problems: string[] = [];
  await stopPidNamespace(lab).catch((err: Error) => problems.push(`stop the lab's pid 1: ${err.message}`));
  for (const ns of [lab.name, lab.c2Name]) {
    const r = await runCommand(lab.ip, ['netns', 'del', ns]);
    if (r.code !== 0 && !/No such file/i.test(r.stderr)) problems.push(`ip netns del ${ns}: ${r.stderr.trim() || r.failure}`);
  }
  if (lab.tmpDir) await rm(lab.tmpDir, { recursive: true, force: true }).catch((err: Error) => problems.push(`rm ${lab.tmpDir}: ${err.message}`));
  return problems;
}

/** Command that runs `argv` in a network namespace of the lab, seeing the host's processes (for ss and the C2). */
export function inNamespace(lab: Lab, ns: string, argv: readonly string[]): [string, string[]] {
  return [lab.ip, ['netns', 'exec', ns, ...argv]];
}

/** Command that runs `argv` inside the lab: its network, its PID namespace and /proc, working in `cwd`. */
export function inLab(lab: Lab, argv: readonly string[], cwd = '/'): [string, string[]] {
  return [lab.nsenter, ['--target', String(lab.initPid), '--pid', '--mount', '--net', `--wd=${cwd}`, '--', ...argv]];
}
