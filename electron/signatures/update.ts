import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleBaseUrl, ByteBudget, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, fetchBytes, fileUrl, refuse, UpdateRefused } from './fetch-bundle';
import { folderReader, parseManifest, readManifestBytes, type SetReader } from './load';
import type { Manifest } from './schema';
import { removeOldSets, SETS_DIR, switchPointer, versionFloor, withUpdateLock, writeSet, type SetOrigin, type StoreOptions } from './store';
import { SignaturesError } from './threat-lists';
import { compareVersions, readSignatureFile, SIGNATURE_FILE, verifyManifestSignature, verifySet } from './verify';

export { UpdateRefused } from './fetch-bundle';

/** Progress for the UI; an exception thrown here aborts the update like a crash at that point would. */
export type UpdateStep =
  | { step: 'download'; file: string; index: number; total: number }
  | { step: 'verified'; version: string }
  | { step: 'written'; set: string; dir: string }
  | { step: 'switched'; set: string }
  | { step: 'cleaned' };

export interface UpdateOptions extends StoreOptions {
  /** Base URL of the bundle (the folder with manifest.json, manifest.json.sig and the files). */
  from: string;
  /** Size cap for the whole bundle, counted as bytes arrive. */
  maxBytes?: number;
  /** Per file, request to last byte. */
  timeoutMs?: number;
  onStep?: (step: UpdateStep) => void | Promise<void>;
  now?: Date;
}

export interface UpdateResult {
  version: string;
  date: string;
  set: string;
  dir: string;
  files: number;
  bytes: number;
  keyId: string;
  previous: { version: string; origin: SetOrigin };
}

/** Where updates come from: --from, else BOTCHECK_SIGNATURES_URL. There is no default server yet. */
export function updateSource(from: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = from || env.BOTCHECK_SIGNATURES_URL;
  if (url) return url;
  throw refuse(
    'no-url',
    'No update server is configured yet: give the bundle URL with --from URL or BOTCHECK_SIGNATURES_URL.',
    '更新サーバーはまだ設定されていません。--from URL または環境変数 BOTCHECK_SIGNATURES_URL で配布元を指定してください。',
  );
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Names become paths under the user data folder: plain relative names only, distinct on case-insensitive disks. */
function checkFileNames(manifest: Manifest): void {
  const seen = new Set<string>();
  for (const name of Object.keys(manifest.files)) {
    const folded = name.toLowerCase();
    const bad = name === 'manifest.json' || name === SIGNATURE_FILE || seen.has(folded) || name.split('/').some((s) => !SEGMENT.test(s) || s.endsWith('.') || WINDOWS_DEVICE.test(s));
    if (bad) {
      throw refuse(
        'content',
        `manifest.json: files.${name}: not an allowed file name (letters, digits and . _ - in folders separated by /, unique ignoring case)`,
        `manifest.json: files.${name}: 使えないファイル名です(英数字と . _ -、フォルダーの区切りは /、大文字小文字を区別せず重複なし)`,
      );
    }
    seen.add(folded);
  }
}

function contentRefusal(err: unknown): UpdateRefused {
  if (err instanceof UpdateRefused) return err;
  if (!(err instanceof SignaturesError)) return refuse('content', (err as Error).message, (err as Error).message);
  if (err.file === SIGNATURE_FILE) return refuse('signature', `${err.message}: refused, the bundle is not signed by a trusted key`, `${err.message}: 信頼する鍵で署名されていないため拒否しました`);
  if (err.field === 'sha256') return refuse('hash', err.message, `${err.message}(ファイルの内容がマニフェストと一致しません)`);
  return refuse('content', err.message, `${err.message}(脅威データの検査に合格しませんでした)`);
}

async function requireNewer(version: string, options: StoreOptions): Promise<{ version: string; origin: SetOrigin }> {
  const floor = await versionFloor(options);
  const order = compareVersions(version, floor.version);
  const originEn = floor.origin === 'installed' ? 'installed' : 'bundled with the app';
  const originJa = floor.origin === 'installed' ? 'インストール済み' : 'アプリに同梱';
  if (order === 0) {
    throw refuse('up-to-date', `version ${version} is the one already in use (${originEn}): nothing to install`, `バージョン ${version} はすでに使用中です(${originJa}): インストールするものはありません`);
  }
  if (order < 0) {
    throw refuse(
      'version',
      `version ${version} is older than the set in use (${originEn} ${floor.version}): refused, an update never goes back to older data`,
      `バージョン ${version} は使用中の脅威データ(${originJa} ${floor.version})より古いため拒否しました(古いデータへは戻しません)`,
    );
  }
  return floor;
}

function memoryReader(files: ReadonlyMap<string, Uint8Array>): SetReader {
  return async (name) => {
    const bytes = files.get(name);
    if (!bytes) throw new SignaturesError(name, 'file', 'listed in manifest.json but not downloaded');
    return bytes;
  };
}

async function writing<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const detail = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw refuse('write', `cannot write ${what} (${detail}); the set in use is unchanged`, `${what} を書き込めません(${detail})。使用中の脅威データは変わっていません`);
  }
}

/** The pointer only ever moves to a set read back from the disk and verified there. */
async function readBack(dir: string, options: StoreOptions): Promise<void> {
  try {
    const signature = await readSignatureFile(dir);
    if (!signature) throw new SignaturesError(SIGNATURE_FILE, 'file', 'missing');
    await verifySet(await readManifestBytes(dir), signature, folderReader(dir), options.trustedKeys);
  } catch (err) {
    throw refuse('write', `the set written to ${dir} does not read back intact (${(err as Error).message}); the set in use is unchanged`, `${dir} に書き込んだ脅威データを正しく読み戻せません(${(err as Error).message})。使用中の脅威データは変わっていません`);
  }
}

/**
 * Downloads a bundle into memory, verifies all of it (signature over manifest.json, a version newer
 * than the set in use, every file's sha256, every schema, the whole set loading), and only then
 * installs it: a new folder renamed into place, then the pointer switched by an atomic rename, then
 * older sets removed. Any refusal throws UpdateRefused and leaves the disk as it was.
 */
export async function updateSignatures(options: UpdateOptions): Promise<UpdateResult> {
  const base = bundleBaseUrl(options.from);
  const budget = new ByteBudget(options.maxBytes ?? DEFAULT_MAX_BYTES);
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const step = async (s: UpdateStep): Promise<void> => {
    await options.onStep?.(s);
  };

  const manifestBytes = await fetchBytes(fileUrl(base, 'manifest.json'), budget, timeout);
  const signature = await fetchBytes(fileUrl(base, SIGNATURE_FILE), budget, timeout);
  let keyId: string;
  let manifest: Manifest;
  try {
    keyId = verifyManifestSignature(manifestBytes, signature, options.trustedKeys);
    manifest = parseManifest(manifestBytes);
  } catch (err) {
    throw contentRefusal(err);
  }
  await requireNewer(manifest.version, options);
  checkFileNames(manifest);

  const files = new Map<string, Uint8Array>();
  const names = Object.keys(manifest.files);
  for (const [i, name] of names.entries()) {
    await step({ step: 'download', file: name, index: i + 1, total: names.length });
    const bytes = await fetchBytes(fileUrl(base, name), budget, timeout);
    const expected = manifest.files[name]!.sha256;
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== expected) {
      throw refuse('hash', `${name}: sha256 expected ${expected} (manifest.json), got ${digest}: changed after signing or damaged on the way`, `${name}: sha256 が一致しません(マニフェスト ${expected}、受信 ${digest})。署名後に変更されたか、転送中に壊れました`);
    }
    files.set(name, bytes);
  }
  try {
    await verifySet(manifestBytes, null, memoryReader(files));
  } catch (err) {
    throw contentRefusal(err);
  }
  await step({ step: 'verified', version: manifest.version });

  return withUpdateLock(options.home, async () => {
    // Another update may have installed something newer while this one downloaded.
    const previous = await requireNewer(manifest.version, options);
    const all = new Map<string, Uint8Array>([['manifest.json', manifestBytes], [SIGNATURE_FILE, signature], ...files]);
    const set = await writing(`the new set into ${join(options.home, SETS_DIR)}`, () => writeSet(options.home, manifest.version, all));
    const dir = join(options.home, SETS_DIR, set);
    try {
      await readBack(dir, options);
      await step({ step: 'written', set, dir });
      await writing(`the pointer in ${options.home}`, () =>
        switchPointer(options.home, { schema: 1, set, version: manifest.version, date: manifest.date, installedAt: (options.now ?? new Date()).toISOString(), from: `${base.origin}${base.pathname}`, keyId }),
      );
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    await step({ step: 'switched', set });
    await removeOldSets(options.home, set);
    await step({ step: 'cleaned' });
    return { version: manifest.version, date: manifest.date, set, dir, files: names.length, bytes: budget.used, keyId, previous };
  });
}
