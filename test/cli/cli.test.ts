import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../electron/checks/index';
import type { Report } from '../../electron/shared/types';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/botcheck.js');
const FIXTURES = join(import.meta.dirname, '../fixtures/linux');

/** An empty data folder: an update installed on this machine must not change what these tests see. */
const DATA_DIR = mkdtempSync(join(tmpdir(), 'botcheck-cli-data-'));
afterAll(() => rmSync(DATA_DIR, { recursive: true, force: true }));

async function botcheck(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, BOTCHECK_DATA_DIR: DATA_DIR, ...env }, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'botcheck-cli-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A recorded folder with a live connection to a listed command server (real si output, address rewritten in a copy). */
async function infectedFolder(): Promise<string> {
  const dir = await temp();
  const rows = [
    { protocol: 'tcp', localAddress: '192.168.1.20', localPort: '50514', peerAddress: '192.9.135.73', peerPort: '1194', state: 'ESTABLISHED', pid: 4120, process: 'updater' },
  ];
  await writeFile(join(dir, 'linux.connections.json'), JSON.stringify(rows));
  await copyFile(join(FIXTURES, 'proc-processes.en.debian12-container-as-root.json'), join(dir, 'linux.processes.json'));
  await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt: '2026-11-24T10:00:00Z', hostname: 'caller-pc' }));
  return dir;
}

describe('botcheck CLI', () => {
  it('replays a folder and exits 2 on signs of infection, in English and Japanese', async () => {
    const dir = await infectedFolder();
    const en = await botcheck(['scan', '--replay', dir, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('Any signs of a bot?');
    expect(en.stdout).toMatch(/NET-001 +\[FAIL\]/);
    expect(en.stdout).toContain('192.9.135.73:1194');
    expect(en.stdout).toContain('Pikabot');
    const ja = await botcheck(['scan', '--replay', dir, '--lang', 'ja']);
    expect(ja.code).toBe(2);
    expect(ja.stdout).toContain('ボット感染の兆候はあるか?');
    expect(ja.stdout).toMatch(/NET-001 +\[問題あり\]/);
  });

  it('defaults the language from the locale', async () => {
    const dir = await infectedFolder();
    const r = await botcheck(['scan', '--replay', dir], { LC_ALL: 'ja_JP.UTF-8' });
    expect(r.stdout).toContain('終了コード 2');
  });

  it('prints the versioned JSON report with --json', async () => {
    const r = await botcheck(['scan', '--replay', await infectedFolder(), '--json']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.mode).toBe('replay');
    expect(report.host).toMatchObject({ platform: 'linux', hostname: 'caller-pc' });
    expect(report.headlines.infection.status).toBe('fail');
    expect(report.checks.find((c) => c.id === 'NET-001')!.evidence[0]!.data).toMatchObject({ remoteAddress: '192.9.135.73', label: 'Pikabot' });
  });

  it('adds plain lists given with --signatures', async () => {
    const dir = await temp();
    const lists = await temp();
    await writeFile(join(dir, 'linux.connections.json'), JSON.stringify([{ protocol: 'tcp', localAddress: '10.0.0.5', localPort: '41000', peerAddress: '10.213.7.2', peerPort: '6667', state: 'ESTABLISHED', pid: 77, process: 'x' }]));
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt: '2026-11-24T10:00:00Z' }));
    await writeFile(join(lists, 'lab.txt'), '# lab\n10.213.7.0/30\n');
    const without = JSON.parse((await botcheck(['scan', '--replay', dir, '--json'])).stdout) as Report;
    expect(without.checks.find((c) => c.id === 'NET-001')!.status).toBe('pass');
    const withList = JSON.parse((await botcheck(['scan', '--replay', dir, '--json', '--signatures', lists])).stdout) as Report;
    expect(withList.checks.find((c) => c.id === 'NET-001')!.status).toBe('fail');
    expect(withList.signatures.extra).toEqual([lists]);
  });

  it('reads answers to the behaviour questions', async () => {
    const answers = join(await temp(), 'answers.json');
    await writeFile(answers, JSON.stringify({ 'MAN-001': 'never', 'MAN-003': 'often' }));
    const report = JSON.parse((await botcheck(['scan', '--replay', await infectedFolder(), '--json', '--answers', answers])).stdout) as Report;
    const status = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(status('MAN-001')).toMatchObject({ status: 'pass', answer: 'never' });
    expect(status('MAN-002').status).toBe('manual');
    expect(status('MAN-003')).toMatchObject({ status: 'warn', answer: 'often' });
  });

  it('exits 3 naming file and field for an invalid signatures folder, and writes nothing', async () => {
    const lists = await temp();
    await writeFile(join(lists, 'ports.json'), JSON.stringify({ suspiciousRemotePorts: [], fanOut: { ports: [], threshold: 1 }, exposedServices: [] }));
    const out = join(await temp(), 'rec');
    const r = await botcheck(['scan', '--signatures', lists, '--record', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(join(lists, 'ports.json'));
    expect(r.stderr).toContain('fanOut.threshold');
    expect(r.stdout).toBe('');
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exits 3 with a clear message for a replay folder that does not exist, bad answers or bad options', async () => {
    const missing = await botcheck(['scan', '--replay', '/nonexistent/botcheck']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('/nonexistent/botcheck');
    const badAnswers = join(await temp(), 'a.json');
    await writeFile(badAnswers, '{"mail": "never"}');
    const answers = await botcheck(['scan', '--replay', await infectedFolder(), '--answers', badAnswers]);
    expect(answers.code).toBe(3);
    expect(answers.stderr).toContain('mail');
    expect((await botcheck(['scan', '--lang', 'fr'])).code).toBe(3);
    expect((await botcheck(['scan', '--record', '/tmp/x', '--replay', '/tmp/y'])).code).toBe(3);
  });
});

describe.runIf(process.platform === 'linux')('progress on a terminal', () => {
  it('shows each finished check on stderr when it is a TTY, and nothing when it is not', async () => {
    const dir = await infectedFolder();
    // util-linux `script` runs the CLI on a pseudo-terminal, as a person at a shell would.
    // script -e passes on the CLI's exit code: 2, signs of infection, which execFile reports as an error.
    const tty = await run('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} scan --replay ${dir} --lang en`, '/dev/null'], { env: { ...process.env, BOTCHECK_DATA_DIR: DATA_DIR }, maxBuffer: 8 * 1024 * 1024 }).catch((err: { code: number; stdout: string }) => {
      expect(err.code).toBe(2);
      return err;
    });
    expect(tty.stdout).toMatch(/\r\x1b\[K\[1\/\d+\] [A-Z0-9-]+ (OK|WARN|FAIL|UNKNOWN|N\/A|ANSWER)/);
    const total = CHECKS.filter((c) => c.platforms.includes('linux')).length;
    expect(tty.stdout).toContain(`[${total}/${total}] `);
    const piped = await botcheck(['scan', '--replay', dir, '--lang', 'en']);
    expect(piped.stderr).toBe('');
  });
});
