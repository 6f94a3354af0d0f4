import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BUNDLED_SIGNATURES_DIR } from '../../electron/signatures/load';
import { spkiBase64 } from '../../electron/signatures/trust';

/** Shared by the update tests: test key pairs, signed bundles made from the bundled set, a loopback server. */

export interface TestKey {
  privateKey: KeyObject;
  /** SPKI DER base64, as trust.ts holds keys. */
  publicKey: string;
  publicPem: string;
}

export function makeKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: spkiBase64(publicKey), publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export async function bundledVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(BUNDLED_SIGNATURES_DIR, 'manifest.json'), 'utf8')) as { version: string }).version;
}

/** A version relative to the bundled one, so the tests hold when the bundled data moves on. */
export async function versionAbove(majors: number, minors = 0): Promise<string> {
  const [major, minor] = (await bundledVersion()).split('.').map(Number) as [number, number];
  return majors === 0 ? `${major}.${minor + minors}.0` : `${major + majors}.${minors}.0`;
}

const temps: string[] = [];
export async function temp(prefix = 'botcheck-upd-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** An address only the test bundles list, so a scan shows which set it used. */
export const LAB_C2 = '10.213.7.2';

interface BundleOptions {
  version: string;
  key?: TestKey;
  /** Changes to files before the manifest is hashed and signed. */
  before?: (dir: string, manifest: { version: string; files: Record<string, { sha256: string; source: string; licence: string }> }) => Promise<void>;
}

/**
 * The bundled set copied, with a lab C2 list added, the version set, every sha256 recomputed and
 * manifest.json signed (when a key is given), as scripts/sign-signatures.ts does.
 */
export async function makeBundle(options: BundleOptions): Promise<string> {
  const dir = await temp('botcheck-bundle-');
  await cp(BUNDLED_SIGNATURES_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.version = options.version;
  await writeFile(join(dir, 'c2/lab.txt'), `# lab command server\n${LAB_C2}\n`);
  manifest.files['c2/lab.txt'] = { sha256: '', source: 'botcheck update tests', licence: 'MIT (this project)' };
  await options.before?.(dir, manifest);
  for (const name of Object.keys(manifest.files)) manifest.files[name].sha256 = sha256(await readFile(join(dir, name)));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  if (options.key) await signBundle(dir, options.key);
  return dir;
}

export async function signBundle(dir: string, key: TestKey): Promise<void> {
  await writeFile(join(dir, 'manifest.json.sig'), sign(null, await readFile(join(dir, 'manifest.json')), key.privateKey).toString('base64'));
}

/** How the server misbehaves for one file of a route. */
export type Fault = 'truncate' | 'huge-length' | 'endless' | 'hang' | 'hang-body' | 'not-found';

export interface Route {
  dir: string;
  faults?: Record<string, Fault>;
  redirectTo?: string;
}

export interface TestServer {
  url: (route: string) => string;
  routes: Map<string, Route>;
  /** Requests seen, as "route/file". */
  requests: string[];
  close: () => Promise<void>;
}

async function serveFault(res: ServerResponse, path: string, fault: Fault): Promise<void> {
  const size = fault === 'not-found' ? 0 : (await stat(path)).size;
  switch (fault) {
    case 'not-found':
      res.writeHead(404).end('not found');
      return;
    case 'truncate': {
      // Announce the whole file, send half, then drop the connection.
      const bytes = await readFile(path);
      res.writeHead(200, { 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
      return;
    }
    case 'huge-length':
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.write(Buffer.alloc(1024, 0x41));
      return;
    case 'endless': {
      // No Content-Length (chunked): only counting the bytes can stop this.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 0x31);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
    case 'hang':
      return;
    case 'hang-body':
      res.writeHead(200, { 'content-length': String(size) });
      res.write((await readFile(path)).subarray(0, 10));
      return;
  }
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const [, route = '', ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).split('/');
    const file = rest.join('/');
    requests.push(`${route}/${file}`);
    const r = routes.get(route);
    if (!r || file.includes('..')) return void res.writeHead(404).end();
    if (r.redirectTo) return void res.writeHead(302, { location: `${r.redirectTo}${file}` }).end();
    const path = join(r.dir, file);
    const fault = r.faults?.[file];
    if (fault) return void serveFault(res, path, fault);
    stat(path).then(
      (info) => {
        res.writeHead(200, { 'content-length': String(info.size) });
        createReadStream(path).pipe(res);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (route) => `http://127.0.0.1:${port}/${route}/`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every path under a folder with the sha256 of each file: equal snapshots mean nothing changed on disk. */
export async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && d === dir) return void out.push('(absent)');
      throw err;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, e.name);
      const rel = relative(dir, path);
      if (e.isDirectory()) {
        out.push(`${rel}/`);
        await walk(path);
      } else out.push(`${rel} ${sha256(await readFile(path))}`);
    }
  }
  await walk(dir);
  return out;
}

/** A recorded folder with one live connection to the lab C2 address, for scans that show which set they used. */
export async function labReplay(): Promise<string> {
  const dir = await temp('botcheck-replay-');
  const rows = [{ protocol: 'tcp', localAddress: '10.0.0.5', localPort: '41000', peerAddress: LAB_C2, peerPort: '6667', state: 'ESTABLISHED', pid: 77, process: 'x' }];
  await writeFile(join(dir, 'linux.connections.json'), JSON.stringify(rows));
  await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt: '2026-11-24T10:00:00Z' }));
  return dir;
}
