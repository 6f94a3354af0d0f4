/**
 * The end-to-end proof for the "signs of infection" headline: inside a closed network-namespace lab a
 * program started from /tmp under a kernel-thread name keeps an IRC-style connection to a fake C2;
 * the real CLI, run inside the lab, must report it, and must stop reporting it once the program is gone.
 * Needs root, iproute2 (ip, ss) and util-linux (unshare, nsenter). Skipped elsewhere, but CI (which
 * runs as root) must not skip it.
 */
import { chmod, copyFile, link, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { CheckResult, Report } from '../../electron/shared/types';
import { startBot, startC2, stopActor, type Actor } from './actors';
import { createLab, destroyLab, inLab, inNamespace, LAB_NET, labUnavailable, type Lab } from './netns-lab';
import { findExecutable, runCommand, waitFor } from './run-command';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const C2_PORT = 6667;
const C2_ENDPOINT = `${LAB_NET.c2Address}:${C2_PORT}`;
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const EXIT_INFECTED = 2;
const EXIT_ERROR = 3;
/** CI runs as root and must prove the lab; CI=false or CI=0 (set by some tools) does not count. */
const IN_CI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');

/** systeminformation reads the socket table with `netstat -tunap` when it works, else `ss -tunap`: both paths are tested. */
type SocketTool = 'netstat' | 'ss';

let lab: Lab | null = null;
let unavailable: string | null = null;
let workDir = '';
let botExe = '';
let noNetstatDir = '';
let c2: Actor | null = null;
let bot: Actor | null = null;

/** The bot is Node itself under another name: a hard link keeps /proc/<pid>/exe pointing into /tmp. */
async function placeBotBinary(dir: string): Promise<string> {
  const exe = join(dir, 'kworker');
  try {
    await link(process.execPath, exe);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM') throw err;
    await copyFile(process.execPath, exe);
    await chmod(exe, 0o755);
  }
  return exe;
}

/** A netstat that fails without output makes systeminformation's pipeline fail, so it falls back to ss. */
async function placeNetstatBlocker(dir: string): Promise<string> {
  const bin = join(dir, 'no-netstat');
  await mkdir(bin);
  await writeFile(join(bin, 'netstat'), '#!/bin/sh\n: > "$0.called"\nexit 127\n', { mode: 0o755 });
  return bin;
}

function basePath(): string {
  return process.env.PATH || DEFAULT_PATH;
}

function onPath(name: string): boolean {
  return findExecutable(basePath().split(delimiter).filter(Boolean).map((d) => join(d, name))) !== null;
}

function scanEnv(tool: SocketTool): NodeJS.ProcessEnv {
  const path = tool === 'ss' ? `${noNetstatDir}${delimiter}${basePath()}` : basePath();
  // The lab's own data folder: an update installed on this machine must not change the lab's verdicts.
  return { PATH: path, HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8', BOTCHECK_DATA_DIR: join(workDir, 'data') };
}

function requireLab(ctx: TestContext): Lab {
  if (lab) return lab;
  const why = unavailable ?? 'the lab was not built';
  if (IN_CI) throw new Error(`CI must run the network-namespace lab (root, iproute2), but: ${why}`);
  console.warn(`[bot-lab] skipped: ${why}`);
  return ctx.skip(`bot lab: ${why}`);
}

async function scanInLab(l: Lab, tool: SocketTool): Promise<{ code: number; report: Report }> {
  const [file, args] = inLab(l, [process.execPath, 'bin/botcheck.js', 'scan', '--json'], REPO);
  const r = await runCommand(file, args, { env: scanEnv(tool), timeoutMs: 45_000 });
  if (r.code === null || r.code === EXIT_ERROR) throw new Error(`the scan did not complete (${r.failure ?? `exit ${r.code}`}): ${r.stderr}`);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
}

/** Lines of `ss -tanp` in the lab whose peer is the C2, in any state. */
async function socketsToC2(l: Lab): Promise<string[]> {
  const [file, args] = inNamespace(l, l.name, [l.ss, '-tanp']);
  const r = await runCommand(file, args);
  if (r.code !== 0) throw new Error(`ss failed in the lab: ${r.stderr || r.failure}`);
  return r.stdout.split('\n').filter((line) => line.trim().split(/\s+/)[4] === C2_ENDPOINT);
}

function checkOf(report: Report, id: string): CheckResult {
  const c = report.checks.find((r) => r.id === id);
  if (!c) throw new Error(`${id} is missing from the report`);
  return c;
}

function summary(report: Report): string {
  return report.checks.map((c) => `${c.id} ${c.status}: ${c.evidence.map((e) => e.text.en).join(' | ')}`).join('\n');
}

/** Connect from the lab to `host`, print the error code (or "connected"). */
async function tryReach(l: Lab, host: string): Promise<string> {
  const script = "const s = require('node:net').connect(80, process.argv[1]); s.on('connect', () => { console.log('connected'); process.exit(0); }); s.on('error', (e) => { console.log(e.code); process.exit(0); }); setTimeout(() => { console.log('timeout'); process.exit(0); }, 3000);";
  const [file, args] = inNamespace(l, l.name, [process.execPath, '-e', script, host]);
  return (await runCommand(file, args)).stdout.trim();
}

beforeAll(async () => {
  unavailable = await labUnavailable();
  if (unavailable) return;
  try {
    lab = await createLab();
  } catch (err) {
    unavailable = `the lab could not be built: ${(err as Error).message}`;
    return;
  }
  workDir = lab.tmpDir;
  botExe = await placeBotBinary(workDir);
  noNetstatDir = await placeNetstatBlocker(workDir);
  c2 = await startC2(lab, process.execPath, LAB_NET.c2Address, C2_PORT);
});

afterAll(async () => {
  const problems: string[] = [];
  for (const actor of [bot, c2]) {
    if (actor) await stopActor(actor).catch((err: Error) => problems.push(`stop pid ${actor.pid}: ${err.message}`));
  }
  if (lab) problems.push(...(await destroyLab(lab)));
  if (problems.length > 0) throw new Error(`lab cleanup incomplete:\n${problems.join('\n')}`);
});

describe('bot lab (network namespaces)', () => {
  it('is closed: one link route to the C2, no default route, nothing else reachable', async (ctx) => {
    const l = requireLab(ctx);
    for (const ns of [l.name, l.c2Name]) {
      const v4 = await runCommand(l.ip, ['-n', ns, '-4', 'route', 'show']);
      const routes = v4.stdout.split('\n').filter(Boolean);
      expect(routes, `${ns} routes`).toHaveLength(1);
      expect(routes[0]).toMatch(new RegExp(`^${LAB_NET.route.replace(/\./g, '\\.')} dev ${LAB_NET.device} `));
      const v6 = await runCommand(l.ip, ['-n', ns, '-6', 'route', 'show']);
      expect(v6.stdout, `${ns} IPv6 routes`).not.toMatch(/^default/m);
      const links = (await runCommand(l.ip, ['-n', ns, '-o', 'link', 'show'])).stdout.split('\n').filter(Boolean);
      expect(links.map((line) => line.split(':')[1]?.trim().split('@')[0]), `${ns} links`).toEqual(['lo', LAB_NET.device]);
      expect(links[1], 'the veth peer lives in the other lab namespace, not on the host').toContain(`link-netns ${ns === l.name ? l.c2Name : l.name}`);
    }
    expect(await tryReach(l, '192.0.2.1')).toBe('ENETUNREACH');
    expect(await tryReach(l, '2001:db8::1')).toBe('ENETUNREACH');
  });

  it('reports the bot while it runs and nothing once it is gone, with the socket table from netstat and from ss', { timeout: 60_000 }, async (ctx) => {
    const l = requireLab(ctx);
    // Where net-tools is missing, systeminformation only ever uses ss, so only that path can be shown.
    const tools: SocketTool[] = onPath('netstat') ? ['netstat', 'ss'] : ['ss'];
    if (tools.length === 1) console.warn('[bot-lab] netstat (net-tools) is not installed: only the ss path is tested');
    const calledMarker = join(noNetstatDir, 'netstat.called');
    // Both paths scan the same lab at once: each scan takes seconds (apt), and they do not disturb each other.
    const scanAll = async (): Promise<Map<SocketTool, { code: number; report: Report }>> => {
      await rm(calledMarker, { force: true });
      const results = await Promise.all(tools.map(async (tool) => [tool, await scanInLab(l, tool)] as const));
      expect((await stat(calledMarker)).isFile(), 'netstat was blocked for the ss scan').toBe(true);
      return new Map(results);
    };

    bot = await startBot(l, botExe, c2!, LAB_NET.c2Address, C2_PORT);
    const hostPid = bot.pid;
    // The lab's scans see the bot under its pid inside the lab.
    const botPid = bot.nsPid;
    await waitFor(
      async () => (await socketsToC2(l)).find((line) => line.startsWith('ESTAB') && line.includes(`pid=${hostPid},`)) ?? null,
      5000,
      () => `no ESTABLISHED socket of pid ${hostPid} to ${C2_ENDPOINT} in the lab`,
    );

    for (const [tool, { code, report }] of await scanAll()) {
      const why = `socket table from ${tool}\n${summary(report)}`;
      expect(report.headlines.infection.status, why).toBe('fail');
      const net002 = checkOf(report, 'NET-002');
      expect(net002.status, why).toBe('fail');
      const evidence = net002.evidence.find((e) => e.text.en.includes(C2_ENDPOINT));
      expect(evidence, why).toBeDefined();
      expect(evidence!.text.en, why).toContain('kworker');
      expect(evidence!.text.en, why).toContain(botExe);
      expect(evidence!.text.ja, why).toContain(C2_ENDPOINT);
      expect(evidence!.data, why).toMatchObject({ remoteAddress: LAB_NET.c2Address, remotePort: C2_PORT, pid: botPid });
      const net004 = checkOf(report, 'NET-004');
      expect(net004.status, why).toBe('fail');
      expect(net004.evidence.some((e) => e.data?.pid === botPid && e.text.en.includes(botExe)), why).toBe(true);
      expect(code, why).toBe(EXIT_INFECTED);
    }

    await stopActor(bot);
    bot = null;
    let left: string[] = [];
    await waitFor(
      async () => ((left = await socketsToC2(l)).length === 0 ? true : null),
      5000,
      () => `sockets to ${C2_ENDPOINT} still in the lab: ${left.join(' / ')}`,
    );

    for (const [tool, { code, report }] of await scanAll()) {
      const why = `socket table from ${tool}\n${summary(report)}`;
      const mentions = report.checks.flatMap((c) => c.evidence.filter((e) => JSON.stringify(e).includes(LAB_NET.c2Address) || JSON.stringify(e).includes(workDir)).map((e) => `${c.id}: ${e.text.en}`));
      expect(mentions, why).toEqual([]);
      expect(checkOf(report, 'NET-002').status, why).not.toBe('fail');
      expect(report.headlines.infection.status, why).not.toBe('fail');
      expect(code, why).not.toBe(EXIT_INFECTED);
    }
  });
});
