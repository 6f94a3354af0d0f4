import { randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, posix, win32 } from 'node:path';
import { z } from 'zod';
import type { LocalizedText } from '../shared/types';
import { refuse } from './fetch-bundle';
import { assertCompleteSet, BUNDLED_SIGNATURES_DIR, folderReader, parseManifest, readManifestBytes, readSignatureSet, signaturesFromSet, type SignatureSet } from './load';
import { SignaturesError } from './threat-lists';
import type { Signatures } from './types';
import { compareVersions, readSignatureFile, SIGNATURE_FILE, verifyManifestSignature } from './verify';

/**
 * The user data folder ("home") holds installed sets:
 *   <home>/sets/<version>-<random>/   one complete signed set: manifest.json, manifest.json.sig, its files
 *   <home>/current.json               which set is in use; replaced by an atomic rename, never edited
 *   <home>/update.lock                while an update installs (pid and time, so a crashed one is seen)
 * A set is written under sets/.incoming-<random>/ and renamed into place whole; the pointer is switched
 * only after that. A crash at any step leaves the previous pointer, and with it the last good set.
 */
export const POINTER_FILE = 'current.json';
export const SETS_DIR = 'sets';
const LOCK_FILE = 'update.lock';
const STALE_LOCK_MS = 10 * 60 * 1000;

/** The CLI's home; the app passes its own (Electron's userData + /signatures). BOTCHECK_DATA_DIR overrides, for tests. */
export function signaturesHome(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.BOTCHECK_DATA_DIR) return env.BOTCHECK_DATA_DIR;
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'botcheck', 'signatures');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'botcheck', 'signatures');
  const xdg = env.XDG_DATA_HOME && posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : posix.join(home, '.local', 'share');
  return posix.join(xdg, 'botcheck', 'signatures');
}

const VERSION = /^\d+\.\d+\.\d+$/;
export const SET_NAME = /^\d+\.\d+\.\d+-[0-9a-f]{16}$/;

const pointerSchema = z
  .object({
    schema: z.literal(1),
    set: z.string().regex(SET_NAME),
    version: z.string().regex(VERSION),
    date: z.string(),
    installedAt: z.string(),
    from: z.string(),
    keyId: z.string(),
  })
  .strict();

export type Pointer = z.infer<typeof pointerSchema>;

type PointerRead = { state: 'none' } | { state: 'invalid'; error: string } | { state: 'ok'; pointer: Pointer };

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function readPointer(home: string): Promise<PointerRead> {
  let text: string;
  try {
    text = await readFile(join(home, POINTER_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    return { state: 'invalid', error: `cannot be read (${(err as NodeJS.ErrnoException).code ?? errorText(err)})` };
  }
  try {
    const result = pointerSchema.safeParse(JSON.parse(text));
    if (result.success) return { state: 'ok', pointer: result.data };
    const issue = result.error.issues[0]!;
    return { state: 'invalid', error: `${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  } catch (err) {
    return { state: 'invalid', error: errorText(err) };
  }
}

/** Directory entries reach the disk only with an fsync of the directory (not possible, nor needed, on Windows). */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Some file systems refuse fsync on a directory; the rename is still atomic there.
  }
}

async function writeDurable(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Windows refuses to replace a file another process (a scan, a virus scanner) has open for a moment. */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (attempt >= 20 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Writes a complete set next to the others and renames it into place whole; returns its folder name. */
export async function writeSet(home: string, version: string, files: ReadonlyMap<string, Uint8Array>): Promise<string> {
  const sets = join(home, SETS_DIR);
  await mkdir(sets, { recursive: true });
  const id = randomBytes(8).toString('hex');
  const staging = join(sets, `.incoming-${id}`);
  const name = `${version}-${id}`;
  try {
    const folders = new Set<string>([staging]);
    for (const [file, bytes] of files) {
      const path = join(staging, file);
      await mkdir(dirname(path), { recursive: true });
      folders.add(dirname(path));
      await writeDurable(path, bytes);
    }
    for (const folder of folders) await syncDir(folder);
    await renameRetrying(staging, join(sets, name));
    await syncDir(sets);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  return name;
}

/** The one step that changes which set is in use: a new pointer file renamed over the old. */
export async function switchPointer(home: string, pointer: Pointer): Promise<void> {
  const target = join(home, POINTER_FILE);
  const temp = `${target}.${randomBytes(8).toString('hex')}.tmp`;
  try {
    await writeDurable(temp, Buffer.from(`${JSON.stringify(pointerSchema.parse(pointer), null, 2)}\n`));
    await renameRetrying(temp, target);
    await syncDir(home);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** After a successful switch: older sets, sets a crash left half-written, stray pointer temp files. Best effort. */
export async function removeOldSets(home: string, keep: string): Promise<void> {
  const sets = join(home, SETS_DIR);
  for (const entry of await readdir(sets).catch(() => [])) {
    if (entry !== keep) await rm(join(sets, entry), { recursive: true, force: true }).catch(() => undefined);
  }
  for (const entry of await readdir(home).catch(() => [])) {
    if (entry.startsWith(`${POINTER_FILE}.`) && entry.endsWith('.tmp')) await rm(join(home, entry), { force: true }).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockHolder(path: string): Promise<{ pid: number; at: string } | null> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; at?: unknown };
    return typeof value.pid === 'number' && typeof value.at === 'string' ? { pid: value.pid, at: value.at } : null;
  } catch {
    return null;
  }
}

/** One install at a time per home (the app and the CLI may both try); a lock left by a dead process is taken over. */
export async function withUpdateLock<T>(home: string, run: () => Promise<T>): Promise<T> {
  await mkdir(home, { recursive: true });
  const path = join(home, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = await lockHolder(path);
      const live = holder !== null && isAlive(holder.pid) && Date.now() - Date.parse(holder.at) < STALE_LOCK_MS;
      if (live || attempt >= 2) {
        throw refuse('busy', `another update is installing into ${home} (${path}${holder ? `, process ${holder.pid} since ${holder.at}` : ''})`, `別の更新が ${home} にインストール中です(${path}${holder ? `、プロセス ${holder.pid}、${holder.at} から` : ''})`);
      }
      await rm(path, { force: true });
    }
  }
  try {
    return await run();
  } finally {
    await rm(path, { force: true });
  }
}

export type SetOrigin = 'bundled' | 'installed';

export interface StoreOptions {
  /** The user data folder for signatures (see signaturesHome). */
  home: string;
  /** Keys an installed set must be signed with; default: the keys shipped in trust.ts. */
  trustedKeys?: readonly (string | KeyObject)[];
  /** The set shipped with the app; default: signatures/ of this installation. */
  bundledDir?: string;
}

export interface ActiveSet {
  origin: SetOrigin;
  dir: string;
  set: SignatureSet;
  /** Key that signed the set in use; null for the bundled set. */
  keyId: string | null;
  bundled: { version: string; date: string; dir: string };
  /** What current.json names, when it can be read, whether or not that set is in use. */
  pointer: Pointer | null;
  /** Why an installed set is not in use; null when none is installed or it is the one in use. */
  fallback: LocalizedText | null;
}

async function readBundled(dir: string): Promise<SignatureSet> {
  return readSignatureSet(await readManifestBytes(dir), folderReader(dir));
}

/** The installed set, checked as strictly as at install: pointer, signature, every sha256 and schema. */
async function readInstalled(home: string, pointer: Pointer, trustedKeys: StoreOptions['trustedKeys']): Promise<{ dir: string; set: SignatureSet; keyId: string }> {
  const dir = join(home, SETS_DIR, pointer.set);
  const manifest = await readManifestBytes(dir);
  const signature = await readSignatureFile(dir);
  if (!signature) throw new SignaturesError(SIGNATURE_FILE, 'file', 'missing');
  const keyId = verifyManifestSignature(manifest, signature, trustedKeys);
  const set = await readSignatureSet(manifest, folderReader(dir));
  assertCompleteSet(set);
  if (set.manifest.version !== pointer.version) throw new SignaturesError('manifest.json', 'version', `expected ${pointer.version} as ${POINTER_FILE} records, got ${set.manifest.version}`);
  return { dir, set, keyId };
}

/**
 * The set a scan uses: the installed one when its pointer, signature, hashes and schemas hold and
 * it is not older than the bundled one (an app update may ship newer data); else the bundled set,
 * with the reason.
 */
export async function resolveActiveSet(options: StoreOptions): Promise<ActiveSet> {
  const bundledDir = options.bundledDir ?? BUNDLED_SIGNATURES_DIR;
  const bundledManifest = parseManifest(await readManifestBytes(bundledDir));
  const bundled = { version: bundledManifest.version, date: bundledManifest.date, dir: bundledDir };
  const useBundled = async (pointer: Pointer | null, fallback: LocalizedText | null): Promise<ActiveSet> => ({ origin: 'bundled', dir: bundledDir, set: await readBundled(bundledDir), keyId: null, bundled, pointer, fallback });
  const read = await readPointer(options.home);
  if (read.state === 'none') return useBundled(null, null);
  if (read.state === 'invalid') {
    const where = join(options.home, POINTER_FILE);
    return useBundled(null, { en: `${where} is not valid (${read.error})`, ja: `${where} が正しくありません(${read.error})` });
  }
  const { pointer } = read;
  let installed: Awaited<ReturnType<typeof readInstalled>>;
  try {
    installed = await readInstalled(options.home, pointer, options.trustedKeys);
  } catch (err) {
    return useBundled(pointer, { en: `the installed set ${pointer.set} failed its check: ${errorText(err)}`, ja: `インストール済みの脅威データ ${pointer.set} は検査に合格しませんでした: ${errorText(err)}` });
  }
  if (compareVersions(installed.set.manifest.version, bundled.version) < 0) {
    return useBundled(pointer, {
      en: `the installed set ${installed.set.manifest.version} is older than the one bundled with this app (${bundled.version})`,
      ja: `インストール済みの脅威データ ${installed.set.manifest.version} は、アプリに同梱の脅威データ(${bundled.version})より古いため使いません`,
    });
  }
  return { origin: 'installed', dir: installed.dir, set: installed.set, keyId: installed.keyId, bundled, pointer, fallback: null };
}

export async function loadActiveSignatures(options: StoreOptions & { extraDirs?: readonly string[] }): Promise<{ signatures: Signatures; active: ActiveSet }> {
  const active = await resolveActiveSet(options);
  return { signatures: await signaturesFromSet(active.set, options.extraDirs ?? []), active };
}

/**
 * The version an update must exceed: the bundled one, or what current.json records if higher. The
 * recorded version counts even when that set has gone bad, so damage on disk never opens the door
 * to older data.
 */
export async function versionFloor(options: StoreOptions): Promise<{ version: string; origin: SetOrigin }> {
  const bundled = parseManifest(await readManifestBytes(options.bundledDir ?? BUNDLED_SIGNATURES_DIR)).version;
  const read = await readPointer(options.home);
  if (read.state === 'ok' && compareVersions(read.pointer.version, bundled) >= 0) return { version: read.pointer.version, origin: 'installed' };
  return { version: bundled, origin: 'bundled' };
}

export interface SignaturesStatus {
  home: string;
  active: SetOrigin;
  version: string;
  date: string;
  /** Whole days from the set's date to now. */
  ageDays: number;
  dir: string;
  keyId: string | null;
  bundled: { version: string; date: string; dir: string };
  installed: (Pointer & { dir: string }) | null;
  fallback: LocalizedText | null;
}

export async function signaturesStatus(options: StoreOptions & { now?: Date }): Promise<SignaturesStatus> {
  const active = await resolveActiveSet(options);
  const { version, date } = active.set.manifest;
  const now = options.now ?? new Date();
  return {
    home: options.home,
    active: active.origin,
    version,
    date,
    ageDays: Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / 86_400_000),
    dir: active.dir,
    keyId: active.keyId,
    bundled: active.bundled,
    installed: active.pointer ? { ...active.pointer, dir: join(options.home, SETS_DIR, active.pointer.set) } : null,
    fallback: active.fallback,
  };
}
