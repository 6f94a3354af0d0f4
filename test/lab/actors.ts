import { spawn, type ChildProcess } from 'node:child_process';
import { inLab, inNamespace, type Lab } from './netns-lab';
import { childrenOf, pidInOwnNamespace } from './proc-tree';
import { waitFor } from './run-command';

/**
 * Both actors end when their stdin closes, so a test runner that dies without its afterAll still
 * leaves no bot behind to confuse later scans of this machine. The hard deadline is a second net.
 */
const WATCH_PARENT = "process.stdin.on('end', () => process.exit(0)); process.stdin.resume(); setTimeout(() => process.exit(0), 120000).unref();";

/**
 * A command server that keeps every connection open and logs what it receives. When a client closes
 * (the bot was killed), it answers with a reset instead of a FIN: the bot's side of the socket then
 * disappears at once, where a normal close would leave it in TIME_WAIT in the lab for 60 s.
 */
const C2_SCRIPT = `
const net = require('node:net');
const [host, port] = process.argv.slice(1);
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.on('error', () => {});
  sock.on('data', (d) => process.stdout.write('received ' + d.toString().split('\\r\\n')[0] + '\\n'));
  sock.on('end', () => sock.resetAndDestroy());
});
server.listen(Number(port), host, () => process.stdout.write('listening\\n'));
${WATCH_PARENT}`;

/** What an IRC bot does first: connect, register a nick, join the control channel, then wait for orders. */
const BOT_SCRIPT = `
const net = require('node:net');
const [host, port] = process.argv.slice(1);
const sock = net.connect(Number(port), host, () => {
  sock.write('NICK kw' + process.pid + '\\r\\nUSER kw 0 * :kw\\r\\nJOIN #cc\\r\\n');
  process.stdout.write('connected\\n');
});
sock.on('error', (e) => { process.stderr.write(e.message + '\\n'); process.exit(1); });
${WATCH_PARENT}`;

export interface Actor {
  /** What we spawned: the program itself (ip netns exec execs it) or nsenter, whose child it is. */
  child: ChildProcess;
  /** The program's pid on the host. */
  pid: number;
  /** The program's pid as the lab's own scans see it. */
  nsPid: number;
  output: () => string;
}

function spawnCollecting(file: string, argv: readonly string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(file, [...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

async function waitForLine(actor: Actor, text: string): Promise<void> {
  await waitFor(
    async () => {
      if (actor.output().includes(text)) return true;
      if (actor.child.exitCode !== null) throw new Error(`exited with ${actor.child.exitCode} before "${text}": ${actor.output()}`);
      return null;
    },
    5000,
    () => `waiting for "${text}", output so far: ${actor.output() || '(none)'}`,
  );
}

export async function startC2(lab: Lab, nodePath: string, host: string, port: number): Promise<Actor> {
  const { child, output } = spawnCollecting(...inNamespace(lab, lab.c2Name, [nodePath, '-e', C2_SCRIPT, host, String(port)]));
  const c2 = { child, pid: child.pid ?? -1, nsPid: child.pid ?? -1, output };
  await waitForLine(c2, 'listening');
  return c2;
}

/** Starts the bot and returns once the C2 has received its registration. */
export async function startBot(lab: Lab, exe: string, c2: Actor, host: string, port: number): Promise<Actor> {
  const seen = (c2.output().match(/received NICK/g) ?? []).length;
  const { child, output } = spawnCollecting(...inLab(lab, [exe, '-e', BOT_SCRIPT, host, String(port)]));
  // nsenter forks to enter the PID namespace: the bot is its only child.
  const pid = await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`nsenter exited with ${child.exitCode}: ${output()}`);
      return (await childrenOf(child.pid!))[0] ?? null;
    },
    5000,
    () => `nsenter started no bot: ${output() || '(no output)'}`,
  );
  const bot = { child, pid, nsPid: await pidInOwnNamespace(pid), output };
  await waitForLine(bot, 'connected');
  await waitFor(
    async () => ((c2.output().match(/received NICK/g) ?? []).length > seen ? true : null),
    5000,
    () => `the C2 never got the bot's NICK; C2 output: ${c2.output()}`,
  );
  return bot;
}

/** SIGKILL, as a user ending a bot would, and wait until the process is really gone. */
export async function stopActor(actor: Actor): Promise<void> {
  const { child } = actor;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // While nsenter still runs, its child cannot have been reaped, so the pid is still the bot's.
  // nsenter is left to reap it: killed first, it would leave the bot a zombie under the lab's pid 1.
  if (actor.pid !== child.pid) process.kill(actor.pid, 'SIGKILL');
  else child.kill('SIGKILL');
  await exited;
}
