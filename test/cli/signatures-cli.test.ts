import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../electron/cli/main';
import type { Report } from '../../electron/shared/types';
import { BUNDLED_SIGNATURES_DIR } from '../../electron/signatures/load';
import { updateSignatures } from '../../electron/signatures/update';
import { bundledVersion, labReplay, makeBundle, makeKey, removeTemps, snapshot, startServer, temp, versionAbove, type TestKey, type TestServer } from '../signatures/update-support';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/botcheck.js');

/** The real CLI in its own process, with its own data folder and no update URL from the environment. */
async function botcheck(args: string[], home: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const full: NodeJS.ProcessEnv = { ...process.env, BOTCHECK_DATA_DIR: home, ...env };
  if (!('BOTCHECK_SIGNATURES_URL' in env)) delete full.BOTCHECK_SIGNATURES_URL;
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: full, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let server: TestServer;
let key: TestKey;
let version: string;
beforeAll(async () => {
  server = await startServer();
  key = makeKey();
  version = await versionAbove(1);
  server.routes.set('good', { dir: await makeBundle({ version, key }) });
});
afterAll(async () => {
  await server.close();
  await removeTemps();
});

const newHome = async (): Promise<string> => join(await temp('botcheck-cli-home-'), 'signatures');

describe('botcheck signatures update', () => {
  it('says clearly that no update server is configured yet, and exits 3', async () => {
    const home = await newHome();
    const en = await botcheck(['signatures', 'update', '--lang', 'en'], home);
    expect(en.code).toBe(3);
    expect(en.stderr).toContain('No update server is configured yet: give the bundle URL with --from URL or BOTCHECK_SIGNATURES_URL.');
    const ja = await botcheck(['signatures', 'update', '--lang', 'ja'], home);
    expect(ja.stderr).toContain('更新サーバーはまだ設定されていません');
    expect(await snapshot(home)).toEqual(['(absent)']);
  });

  it('refuses plain http to another host before connecting', async () => {
    const home = await newHome();
    const r = await botcheck(['signatures', 'update', '--from', 'http://example.com/signatures/', '--lang', 'en'], home);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('botcheck: update refused: http://example.com/signatures/: plain http is refused, use https');
    expect(r.stderr).toContain(`Nothing was changed. Signatures in use: ${await bundledVersion()} (bundled with the app).`);
    expect(await snapshot(home)).toEqual(['(absent)']);
  });

  it('refuses a bundle not signed with the key shipped in the app, via --from or BOTCHECK_SIGNATURES_URL', async () => {
    const home = await newHome();
    const r = await botcheck(['signatures', 'update', '--from', server.url('good'), '--lang', 'en'], home);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('manifest.json.sig: signature: does not verify manifest.json with any trusted key');
    const json = await botcheck(['signatures', 'update', '--json'], home, { BOTCHECK_SIGNATURES_URL: server.url('good') });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, kind: 'signature', inUse: { origin: 'bundled' } });
    expect(await snapshot(home)).toEqual(['(absent)']);
  });
});

describe('botcheck signatures status and scan', () => {
  it('show the bundled set when nothing is installed', async () => {
    const home = await newHome();
    const json = await botcheck(['signatures', 'status', '--json'], home);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ active: 'bundled', version: await bundledVersion(), installed: null, fallback: null, home });
    const en = await botcheck(['signatures', 'status', '--lang', 'en'], home);
    expect(en.stdout).toMatch(/^Signatures in use: bundled with the app \d+\.\d+\.\d+, dated \d{4}-\d{2}-\d{2} \(\d+ days old\)/);
    expect(en.stdout).toContain('No update installed yet.');
    const ja = await botcheck(['signatures', 'status', '--lang', 'ja'], home);
    expect(ja.stdout).toMatch(/^使用中の脅威データ: アプリに同梱 /);
  });

  it('fall back to the bundled set, saying why, when the installed set is not signed by the app\'s key', async () => {
    const home = await newHome();
    await updateSignatures({ home, from: server.url('good'), trustedKeys: [key.publicKey] });
    const status = await botcheck(['signatures', 'status', '--lang', 'en'], home);
    expect(status.stdout).toContain('Signatures in use: bundled with the app');
    expect(status.stdout).toMatch(/Installed set not used: the installed set \S+ failed its check: manifest\.json\.sig: signature: does not verify/);
    const scan = await botcheck(['scan', '--replay', await labReplay(), '--json', '--lang', 'en'], home);
    expect((JSON.parse(scan.stdout) as Report).signatures.version).toBe(await bundledVersion());
    expect(scan.stderr).toContain('botcheck: scanning with the signatures bundled with the app');
  });
});

describe('botcheck signatures verify', () => {
  it('checks the bundled folder, which is not signed: bundled with the app', async () => {
    const home = await newHome();
    const en = await botcheck(['signatures', 'verify', BUNDLED_SIGNATURES_DIR, '--lang', 'en'], home);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Signature: not signed: bundled with the app');
    expect(en.stdout).toContain('Files (sha256, schema, whole set loads): OK');
    const ja = await botcheck(['signatures', 'verify', BUNDLED_SIGNATURES_DIR, '--lang', 'ja'], home);
    expect(ja.stdout).toContain('署名: 署名なし(アプリに同梱の脅威データ)');
    expect(ja.stdout).toContain('結果: 合格');
  });

  it('checks a bundle with --key, refuses it with the app\'s key, and names a changed file', async () => {
    const home = await newHome();
    const dir = server.routes.get('good')!.dir;
    const pem = join(await temp(), 'public.pem');
    await writeFile(pem, key.publicPem);
    const ok = await botcheck(['signatures', 'verify', dir, '--key', pem, '--lang', 'en'], home);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Signature: OK, signed by key [0-9a-f]{16}/);
    const shipped = await botcheck(['signatures', 'verify', dir, '--json'], home);
    expect(shipped.code).toBe(3);
    expect(JSON.parse(shipped.stdout)).toMatchObject({ signature: { ok: false }, content: { ok: true } });

    const tampered = await makeBundle({ version, key });
    await writeFile(join(tampered, 'c2/lab.txt'), '10.1.1.1\n');
    const bad = await botcheck(['signatures', 'verify', tampered, '--key', pem, '--lang', 'en'], home);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/Files \(sha256, schema, whole set loads\): FAILED — c2\/lab\.txt: sha256: content does not match manifest\.json \(expected [0-9a-f]{64}, got [0-9a-f]{64}\)/);
    expect(bad.stdout).toContain('Result: FAILED');

    await writeFile(pem, 'not a key');
    const badKey = await botcheck(['signatures', 'verify', dir, '--key', pem], home);
    expect(badKey.code).toBe(3);
    expect(badKey.stderr).toContain(`${pem}: not an Ed25519 public key`);
  });
});

describe('the CLI with a trusted key (in process, as the app would pass its keys)', () => {
  let stdout = '';
  const savedHome = process.env.BOTCHECK_DATA_DIR;
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    if (savedHome === undefined) delete process.env.BOTCHECK_DATA_DIR;
    else process.env.BOTCHECK_DATA_DIR = savedHome;
  });

  async function cli(args: string[]): Promise<string> {
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += chunk.toString();
      return true;
    });
    await buildProgram({ trustedKeys: [key.publicKey] }).parseAsync(['node', 'botcheck', ...args]);
    vi.restoreAllMocks();
    return stdout;
  }

  it('installs a good bundle; status and scan then use it', async () => {
    process.env.BOTCHECK_DATA_DIR = await newHome();
    expect(await cli(['signatures', 'update', '--from', server.url('good'), '--lang', 'en'])).toMatch(new RegExp(`^Installed signatures ${version.replace(/\./g, '\\.')} \\(dated .*\\): \\d+ files, [\\d.]+ KB, signed by key [0-9a-f]{16}\\. Before: ${(await bundledVersion()).replace(/\./g, '\\.')} \\(bundled with the app\\)\\.`));
    expect(process.exitCode).toBe(0);
    // The same bundle again, as a daily cron job would fetch it: nothing to do, and not an error.
    process.exitCode = undefined;
    expect(await cli(['signatures', 'update', '--from', server.url('good'), '--lang', 'en'])).toMatch(new RegExp(`^Already up to date: version ${version.replace(/\./g, '\\.')} is the one already in use \\(installed\\): nothing to install`));
    expect(process.exitCode).toBe(0);
    expect(await cli(['signatures', 'status', '--lang', 'ja'])).toContain(`使用中の脅威データ: インストール済み ${version}`);
    const report = JSON.parse(await cli(['scan', '--replay', await labReplay(), '--json'])) as Report;
    expect(report.signatures.version).toBe(version);
    expect(report.checks.find((c) => c.id === 'NET-001')!.status).toBe('fail');
  });
});
