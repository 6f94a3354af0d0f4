import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan';
import { UpdateRefused, type RefusalKind } from '../../electron/signatures/fetch-bundle';
import { BUNDLED_SIGNATURES_DIR } from '../../electron/signatures/load';
import { loadActiveSignatures, resolveActiveSet, signaturesStatus } from '../../electron/signatures/store';
import { updateSignatures, type UpdateOptions, type UpdateStep } from '../../electron/signatures/update';
import { bundledVersion, labReplay, LAB_C2, makeBundle, makeKey, removeTemps, sha256, signBundle, snapshot, startServer, temp, versionAbove, type TestKey, type TestServer } from './update-support';

let server: TestServer;
let key: TestKey;
let installed: string;
let newer: string;
const CAP = 256 * 1024;

beforeAll(async () => {
  server = await startServer();
  key = makeKey();
  installed = await versionAbove(1);
  newer = await versionAbove(1, 1);
  const good = await makeBundle({ version: installed, key });
  const next = await makeBundle({ version: newer, key });
  server.routes.set('good', { dir: good });
  server.routes.set('next', { dir: next });
  const tampered = await makeBundle({ version: newer, key });
  await writeFile(join(tampered, 'c2/lab.txt'), '# lab command server\n10.213.7.3\n');
  server.routes.set('tampered', { dir: tampered });
  server.routes.set('wrong-key', { dir: await makeBundle({ version: newer, key: makeKey() }) });
  server.routes.set('truncated', { dir: next, faults: { 'ports.json': 'truncate' } });
  server.routes.set('huge-length', { dir: next, faults: { 'os-support.json': 'huge-length' } });
  server.routes.set('endless', { dir: next, faults: { 'os-support.json': 'endless' } });
  server.routes.set('hang', { dir: next, faults: { 'manifest.json': 'hang' } });
  server.routes.set('hang-body', { dir: next, faults: { 'p2p.json': 'hang-body' } });
  server.routes.set('no-sig', { dir: next, faults: { 'manifest.json.sig': 'not-found' } });
  // Older than the installed set, newer than the bundled one: the rollback an attacker would try.
  server.routes.set('older', { dir: await makeBundle({ version: await versionAbove(0, 1), key }) });
  server.routes.set('equal', { dir: await makeBundle({ version: installed, key }) });
  server.routes.set('bad-schema', {
    dir: await makeBundle({
      version: newer,
      key,
      before: async (dir) => {
        const ports = JSON.parse(await readFile(join(dir, 'ports.json'), 'utf8'));
        ports.fanOut.threshold = 'ten';
        await writeFile(join(dir, 'ports.json'), JSON.stringify(ports));
      },
    }),
  });
  const badName = await makeBundle({ version: newer });
  const manifest = JSON.parse(await readFile(join(badName, 'manifest.json'), 'utf8'));
  manifest.files['c2/../../escape.txt'] = manifest.files['c2/lab.txt'];
  await writeFile(join(badName, 'manifest.json'), JSON.stringify(manifest));
  await signBundle(badName, key);
  server.routes.set('bad-name', { dir: badName });
});
afterAll(async () => {
  await server.close();
  await removeTemps();
});

let home: string;
beforeEach(async () => {
  home = join(await temp(), 'signatures');
});
afterEach(() => {
  server.requests.length = 0;
});

const options = (route: string, extra: Partial<UpdateOptions> = {}): UpdateOptions => ({ home, from: server.url(route), trustedKeys: [key.publicKey], maxBytes: CAP, timeoutMs: 2000, ...extra });

async function refusal(route: string, extra: Partial<UpdateOptions> = {}): Promise<UpdateRefused> {
  const err = await updateSignatures(options(route, extra)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UpdateRefused);
  return err as UpdateRefused;
}

describe('a good bundle', () => {
  it('is installed, and the scan then uses it and reports its version', async () => {
    const result = await updateSignatures(options('good'));
    expect(result).toMatchObject({ version: installed, previous: { version: await bundledVersion(), origin: 'bundled' } });
    expect(await readdir(join(home, 'sets'))).toEqual([result.set]);
    const pointer = JSON.parse(await readFile(join(home, 'current.json'), 'utf8'));
    expect(pointer).toMatchObject({ schema: 1, set: result.set, version: installed, from: server.url('good') });

    const { signatures, active } = await loadActiveSignatures({ home, trustedKeys: [key.publicKey] });
    expect(active.origin).toBe('installed');
    const report = await scan({ signatures, replayDir: await labReplay() });
    expect(report.signatures.version).toBe(installed);
    const net = report.checks.find((c) => c.id === 'NET-001')!;
    expect(net.status).toBe('fail');
    expect(JSON.stringify(net.evidence)).toContain(LAB_C2);
  });

  it('replaces an older installed set and removes it', async () => {
    const first = await updateSignatures(options('good'));
    const steps: string[] = [];
    const second = await updateSignatures(options('next', { onStep: (s) => void steps.push(s.step) }));
    expect(second.previous).toEqual({ version: installed, origin: 'installed' });
    expect(await readdir(join(home, 'sets'))).toEqual([second.set]);
    expect(second.set).not.toBe(first.set);
    expect(steps.filter((s) => s !== 'download')).toEqual(['verified', 'written', 'switched', 'cleaned']);
    expect((await signaturesStatus({ home, trustedKeys: [key.publicKey] })).version).toBe(newer);
  });
});

describe('refused, with nothing changed on disk', () => {
  beforeEach(async () => {
    await updateSignatures(options('good'));
  });

  const cases: [string, RefusalKind, RegExp, Partial<UpdateOptions>?][] = [
    ['tampered', 'hash', /c2\/lab\.txt: sha256 expected [0-9a-f]{64} \(manifest\.json\), got [0-9a-f]{64}/],
    ['wrong-key', 'signature', /manifest\.json\.sig: signature: does not verify manifest\.json with any trusted key/],
    ['no-sig', 'http-status', /manifest\.json\.sig: the server answered 404/],
    ['truncated', 'truncated', /ports\.json: the download was cut off after \d+ of \d+ bytes/],
    ['huge-length', 'too-large', /os-support\.json: larger than the download limit .*Content-Length 52428800/],
    ['endless', 'too-large', /os-support\.json: larger than the download limit .*stopped after \d+ bytes/],
    ['hang', 'timeout', /manifest\.json: no complete answer within 0\.5 s/, { timeoutMs: 500 }],
    ['hang-body', 'timeout', /p2p\.json: no complete answer within 0\.5 s \(received 10 bytes\)/, { timeoutMs: 500 }],
    ['older', 'version', /is older than the set in use \(installed .*\): refused, an update never goes back/],
    ['equal', 'up-to-date', /is the one already in use \(installed\): nothing to install/],
    ['bad-schema', 'content', /ports\.json: fanOut\.threshold: /],
    ['bad-name', 'content', /manifest\.json: files\.c2\/\.\.\/\.\.\/escape\.txt: not an allowed file name/],
  ];

  it.each(cases)('%s → %s', async (route, kind, message, extra) => {
    const before = await snapshot(home);
    const err = await refusal(route, extra);
    expect(err.kind).toBe(kind);
    expect(err.text.en).toMatch(message);
    expect(err.text.ja).not.toBe('');
    expect(await snapshot(home)).toEqual(before);
    expect((await resolveActiveSet({ home, trustedKeys: [key.publicKey] })).set.manifest.version).toBe(installed);
  });

  it('checks the signature before any listed file is downloaded, and the version before the files', async () => {
    server.requests.length = 0;
    await refusal('wrong-key');
    expect(server.requests).toEqual(['wrong-key/manifest.json', 'wrong-key/manifest.json.sig']);
    server.requests.length = 0;
    await refusal('older');
    expect(server.requests).toEqual(['older/manifest.json', 'older/manifest.json.sig']);
  });

  it('refuses a bundle signed by the right key when the caller trusts only the shipped key', async () => {
    const before = await snapshot(home);
    const err = await refusal('next', { trustedKeys: undefined });
    expect(err.kind).toBe('signature');
    expect(await snapshot(home)).toEqual(before);
  });
});

describe('refused at install time, with nothing changed on disk', () => {
  it('while another live update holds the lock', async () => {
    await updateSignatures(options('good'));
    await writeFile(join(home, 'update.lock'), JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
    const before = await snapshot(home);
    const err = await refusal('next');
    expect(err.kind).toBe('busy');
    expect(err.text.en).toContain(`another update is installing into ${home}`);
    expect(await snapshot(home)).toEqual(before);
  });

  it('when the new set cannot be written', async () => {
    // A file where the sets folder belongs (tests run as root, so permissions would not stop a write).
    await mkdir(home, { recursive: true });
    await writeFile(join(home, 'sets'), 'in the way');
    const before = await snapshot(home);
    const err = await refusal('good');
    expect(err.kind).toBe('write');
    expect(err.text.en).toMatch(/^cannot write the new set into .*sets \((EEXIST|ENOTDIR)\); the set in use is unchanged$/);
    expect(await snapshot(home)).toEqual(before);
    expect((await resolveActiveSet({ home, trustedKeys: [key.publicKey] })).origin).toBe('bundled');
  });
});

describe('plain http', () => {
  it('to a host that is not this machine is refused before any connection', async () => {
    const port = new URL(server.url('good')).port;
    // [::ffff:127.0.0.1] reaches the test server, so a connection would show up in its log.
    for (const from of [`http://[::ffff:127.0.0.1]:${port}/good/`, 'http://example.com/signatures/', 'http://10.0.0.1/', 'ftp://127.0.0.1/x/']) {
      const err = await refusal('good', { from });
      expect(err.kind).toBe('url');
    }
    expect(server.requests).toEqual([]);
    expect(await snapshot(home)).toEqual(['(absent)']);
  });

  it('is refused when a loopback server redirects to another host', async () => {
    const port = new URL(server.url('good')).port;
    server.routes.set('redirect', { dir: '', redirectTo: `http://[::ffff:127.0.0.1]:${port}/good/` });
    const err = await refusal('redirect');
    expect(err.kind).toBe('url');
    expect(server.requests).toEqual(['redirect/manifest.json']);
  });

  it('redirects within loopback are followed', async () => {
    server.routes.set('moved', { dir: '', redirectTo: server.url('good').replace('127.0.0.1', 'localhost') });
    expect((await updateSignatures(options('moved'))).version).toBe(installed);
  });
});

describe('a crash in the middle of an install', () => {
  it('between writing the new set and switching the pointer leaves the last good set in use, and the next update succeeds', async () => {
    await updateSignatures(options('good'));
    const crash = (s: UpdateStep): void => {
      if (s.step === 'written') throw new Error('simulated crash');
    };
    await expect(updateSignatures(options('next', { onStep: crash }))).rejects.toThrow('simulated crash');
    const active = await resolveActiveSet({ home, trustedKeys: [key.publicKey] });
    expect(active).toMatchObject({ origin: 'installed', fallback: null });
    expect(active.set.manifest.version).toBe(installed);
    expect(await readdir(home)).toEqual(expect.not.arrayContaining(['update.lock']));
    expect((await updateSignatures(options('next'))).version).toBe(newer);
  });
});

describe('the set in use', () => {
  beforeEach(async () => {
    await updateSignatures(options('good'));
  });
  const active = () => resolveActiveSet({ home, trustedKeys: [key.publicKey] });

  it('falls back to the bundled set when a file of the installed set changed on disk, naming it', async () => {
    const set = (await readdir(join(home, 'sets')))[0]!;
    await writeFile(join(home, 'sets', set, 'c2/lab.txt'), '10.9.9.9\n');
    const a = await active();
    expect(a.origin).toBe('bundled');
    expect(a.fallback?.en).toContain('c2/lab.txt: sha256');
    expect((await loadActiveSignatures({ home, trustedKeys: [key.publicKey] })).signatures.c2.lookup(LAB_C2)).toBeNull();
  });

  it('falls back when the installed set is not signed by a trusted key', async () => {
    const a = await resolveActiveSet({ home });
    expect(a.origin).toBe('bundled');
    expect(a.fallback?.en).toContain('manifest.json.sig: signature: does not verify');
  });

  it('falls back when the signature file was removed or the pointer is damaged', async () => {
    const set = (await readdir(join(home, 'sets')))[0]!;
    await rm(join(home, 'sets', set, 'manifest.json.sig'));
    expect((await active()).fallback?.en).toContain('manifest.json.sig: file: missing');
    await writeFile(join(home, 'current.json'), '{"schema":1,"set":"../../etc"}');
    const a = await active();
    expect(a.origin).toBe('bundled');
    expect(a.fallback?.en).toMatch(/current\.json is not valid \(set: /);
  });

  it('falls back when the app bundles newer data than the installed set', async () => {
    const bundled = await makeBundle({ version: newer });
    const a = await resolveActiveSet({ home, trustedKeys: [key.publicKey], bundledDir: bundled });
    expect(a).toMatchObject({ origin: 'bundled', dir: bundled });
    expect(a.fallback?.en).toContain(`older than the one bundled with this app (${newer})`);
  });

  it('status names the set, its date and age, and where it lives', async () => {
    const s = await signaturesStatus({ home, trustedKeys: [key.publicKey], now: new Date('2026-12-05T12:00:00Z') });
    const bundledDate = (JSON.parse(await readFile(join(BUNDLED_SIGNATURES_DIR, 'manifest.json'), 'utf8')) as { date: string }).date;
    expect(s).toMatchObject({ active: 'installed', version: installed, date: bundledDate, keyId: expect.stringMatching(/^[0-9a-f]{16}$/), home, fallback: null });
    expect(s.ageDays).toBe(Math.floor((Date.parse('2026-12-05T12:00:00Z') - Date.parse(`${bundledDate}T00:00:00Z`)) / 86_400_000));
    expect(s.installed?.dir).toBe(s.dir);
  });
});

describe('the sha256 of what was installed', () => {
  it('matches the bundle byte for byte', async () => {
    const r = await updateSignatures(options('good'));
    const bundle = server.routes.get('good')!.dir;
    for (const name of ['manifest.json', 'manifest.json.sig', 'c2/lab.txt', 'ports.json']) {
      expect(sha256(await readFile(join(r.dir, name)))).toBe(sha256(await readFile(join(bundle, name))));
    }
  });

  it('needs the signature to cover exactly the manifest bytes served', async () => {
    const dir = await makeBundle({ version: newer, key });
    await writeFile(join(dir, 'manifest.json'), `${await readFile(join(dir, 'manifest.json'), 'utf8')}\n`);
    server.routes.set('reformatted', { dir });
    expect((await refusal('reformatted')).kind).toBe('signature');
    await signBundle(dir, key);
    expect((await updateSignatures(options('reformatted'))).version).toBe(newer);
  });
});
