import { verify, type KeyObject } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BUNDLED_SIGNATURES_DIR, folderReader, readManifestBytes, readSignatureSet, signaturesFromSet, type SetReader, type SignatureSet } from './load';
import { SignaturesError } from './threat-lists';
import { keyId, parsePublicKey, TRUSTED_SIGNATURE_KEYS } from './trust';
import type { Signatures } from './types';

export const SIGNATURE_FILE = 'manifest.json.sig';

/** -1, 0 or 1 for MAJOR.MINOR.PATCH versions (the manifest schema guarantees the form). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

function toKey(key: string | KeyObject): KeyObject {
  return typeof key === 'string' ? parsePublicKey(key) : key;
}

/**
 * `manifest.json.sig` is the base64 Ed25519 signature over the exact bytes of manifest.json; the
 * manifest carries every file's sha256, so this one signature covers the whole bundle.
 * Returns the id of the key that made it.
 */
export function verifyManifestSignature(manifest: Uint8Array, signatureFile: Uint8Array, trustedKeys: readonly (string | KeyObject)[] = TRUSTED_SIGNATURE_KEYS): string {
  const text = Buffer.from(signatureFile).toString('utf8').trim();
  const isBase64 = /^[A-Za-z0-9+/]+={0,2}$/.test(text);
  const signature = Buffer.from(text, 'base64');
  if (!isBase64 || signature.length !== 64) {
    throw new SignaturesError(SIGNATURE_FILE, 'signature', `not a base64 Ed25519 signature (expected 64 bytes, got ${isBase64 ? `${signature.length} bytes` : 'text that is not base64'})`);
  }
  const keys = trustedKeys.map(toKey);
  for (const key of keys) {
    if (verify(null, manifest, key, signature)) return keyId(key);
  }
  throw new SignaturesError(SIGNATURE_FILE, 'signature', `does not verify manifest.json with any trusted key (expected a signature by ${keys.map(keyId).join(' or ') || 'no key at all'})`);
}

export interface VerifiedSet {
  set: SignatureSet;
  /** Proof that the whole set loads as a scan would load it. */
  signatures: Signatures;
  /** The key that signed it; null for the set bundled with the app. */
  keyId: string | null;
}

/** Signature (when one is given), every sha256, every schema, every list line, all required files present. */
export async function verifySet(manifest: Uint8Array, signatureFile: Uint8Array | null, read: SetReader, trustedKeys?: readonly (string | KeyObject)[]): Promise<VerifiedSet> {
  const signer = signatureFile ? verifyManifestSignature(manifest, signatureFile, trustedKeys) : null;
  const set = await readSignatureSet(manifest, read);
  return { set, signatures: await signaturesFromSet(set), keyId: signer };
}

export async function readSignatureFile(dir: string): Promise<Buffer | null> {
  try {
    return await readFile(join(dir, SIGNATURE_FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SignaturesError(SIGNATURE_FILE, 'file', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

async function sameFolder(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  return relative(ra, rb) === '';
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, base)));
    else out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

export type SignatureCheck = { ok: true; keyId: string } | { ok: true; bundled: true } | { ok: false; error: string };

export interface FolderVerification {
  dir: string;
  version: string | null;
  date: string | null;
  files: number;
  signature: SignatureCheck;
  /** sha256 of every listed file, its schema, and the whole set loading. */
  content: { ok: true } | { ok: false; error: string };
  /** Files in the folder the manifest does not list: never downloaded nor loaded. */
  unlisted: string[];
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * `botcheck signatures verify DIR`: the signature and the content are checked and reported
 * separately, so a maintainer sees both at once. The folder bundled with the app carries no
 * signature (the app's own integrity covers it); any other folder must be signed.
 */
export async function verifyFolder(dir: string, options: { trustedKeys?: readonly (string | KeyObject)[]; bundledDir?: string } = {}): Promise<FolderVerification> {
  const result: FolderVerification = { dir, version: null, date: null, files: 0, signature: { ok: false, error: '' }, content: { ok: true }, unlisted: [] };
  let manifest: Buffer;
  try {
    manifest = await readManifestBytes(dir);
  } catch (err) {
    return { ...result, signature: { ok: false, error: message(err) }, content: { ok: false, error: message(err) } };
  }
  try {
    const signatureFile = await readSignatureFile(dir);
    if (signatureFile) result.signature = { ok: true, keyId: verifyManifestSignature(manifest, signatureFile, options.trustedKeys) };
    else if (await sameFolder(dir, options.bundledDir ?? BUNDLED_SIGNATURES_DIR)) result.signature = { ok: true, bundled: true };
    else throw new SignaturesError(SIGNATURE_FILE, 'file', 'missing: every signatures bundle must be signed (only the set bundled with the app is not)');
  } catch (err) {
    result.signature = { ok: false, error: message(err) };
  }
  try {
    const { set } = await verifySet(manifest, null, folderReader(dir));
    result.version = set.manifest.version;
    result.date = set.manifest.date;
    result.files = Object.keys(set.manifest.files).length;
    const listed = new Set([...Object.keys(set.manifest.files), 'manifest.json', SIGNATURE_FILE]);
    result.unlisted = (await listFiles(dir)).filter((f) => !listed.has(f) && f.toLowerCase() !== 'readme.md');
  } catch (err) {
    result.content = { ok: false, error: message(err) };
  }
  return result;
}
