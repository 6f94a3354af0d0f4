import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AddressIndexBuilder, chainMatchers } from './address-matcher';
import { browserSupportSchema, manifestSchema, osSupportSchema, p2pSchema, portsSchema, processesSchema, remediationSchema, type Manifest } from './schema';
import { addFeodoCsv, addPlainList, SignaturesError } from './threat-lists';
import type { AddressMatcher, Signatures } from './types';

/** The data files every set must have, with the schema each is validated against. */
const DATA_FILES = {
  'ports.json': portsSchema,
  'processes.json': processesSchema,
  'p2p.json': p2pSchema,
  'os-support.json': osSupportSchema,
  'browsers.json': browserSupportSchema,
  'remediation.json': remediationSchema,
} as const;

type DataName = keyof typeof DATA_FILES;
type DataSet = { [K in DataName]: z.infer<(typeof DATA_FILES)[K]> };

const LIST_EXTENSIONS = new Set(['.txt', '.netset', '.ipset', '.list']);

export const BUNDLED_SIGNATURES_DIR = fileURLToPath(new URL('../../signatures/', import.meta.url));

/** Reads one file of a set by its name in the manifest: from a folder, or from a download held in memory. */
export type SetReader = (name: string) => Promise<Uint8Array>;

/** A command-server list file as read. */
interface ThreatList {
  name: string;
  shown: string;
  bytes: Uint8Array;
}

/** A set whose every file matched its sha256 and passed its schema; extras and the matcher come later. */
export interface SignatureSet {
  manifest: Manifest;
  data: Partial<DataSet>;
  /**
   * The set's command-server lists, indexed once when the set is read (which is also their check,
   * so that a bad set is refused before it is installed): whatever uses this set object shares it.
   * The app reads the active set afresh for each scan, so that an update takes effect at once.
   */
  c2: AddressMatcher;
}

async function readBytes(path: string, shown: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new SignaturesError(shown, 'file', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function validate<S extends z.ZodType>(schema: S, text: string, shown: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SignaturesError(shown, 'JSON', (err as Error).message);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SignaturesError(shown, issue.path.length ? issue.path.join('.') : '(top level)', issue.message);
  }
  return result.data;
}

function isDataName(name: string): name is DataName {
  return Object.hasOwn(DATA_FILES, name);
}

function addThreatList(builder: AddressIndexBuilder, list: ThreatList): void {
  if (extname(list.name) === '.csv') addFeodoCsv(builder, new TextDecoder().decode(list.bytes), list.shown);
  else addPlainList(builder, list.bytes, list.shown, basename(list.name, extname(list.name)));
}

export function parseManifest(bytes: Uint8Array): Manifest {
  return validate(manifestSchema, Buffer.from(bytes).toString('utf8'), 'manifest.json');
}

export function folderReader(dir: string): SetReader {
  return (name) =>
    readFile(join(dir, name)).catch((err: NodeJS.ErrnoException) => {
      throw new SignaturesError(name, 'file', `listed in manifest.json but cannot be read (${err.code ?? err.message})`);
    });
}

export async function readManifestBytes(dir: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, 'manifest.json'));
  } catch (err) {
    throw new SignaturesError('manifest.json', 'file', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/**
 * Checks every file the manifest lists against its sha256 and its schema. The manifest comes as the
 * bytes the caller already holds, so a signature checked over those bytes covers what is loaded.
 */
export async function readSignatureSet(manifestBytes: Uint8Array, read: SetReader): Promise<SignatureSet> {
  const manifest = parseManifest(manifestBytes);
  const data: Partial<DataSet> = {};
  const c2 = new AddressIndexBuilder();
  for (const [name, meta] of Object.entries(manifest.files)) {
    if (name.includes('..') || name.startsWith('/')) throw new SignaturesError('manifest.json', `files.${name}`, 'path leaves the signatures folder');
    const bytes = Buffer.from(await read(name));
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== meta.sha256) throw new SignaturesError(name, 'sha256', `content does not match manifest.json (expected ${meta.sha256}, got ${digest})`);
    if (isDataName(name)) (data as Record<string, unknown>)[name] = validate(DATA_FILES[name], bytes.toString('utf8'), name);
    else if (name.startsWith('c2/')) addThreatList(c2, { name, shown: name, bytes });
    else throw new SignaturesError('manifest.json', `files.${name}`, 'not a known kind of signatures file');
  }
  return { manifest, data, c2: c2.build() };
}

/**
 * An extra folder (--signatures DIR) needs no manifest: known JSON names replace the bundled file,
 * Feodo CSV and plain list files add command-and-control entries. Anything else is refused, so a
 * typo never passes silently.
 */
async function loadExtra(dir: string, data: Partial<DataSet>, threats: ThreatList[]): Promise<void> {
  let names: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new SignaturesError(dir, 'folder', 'is not a folder');
    names = (await readdir(dir)).sort();
  } catch (err) {
    if (err instanceof SignaturesError) throw err;
    throw new SignaturesError(dir, 'folder', `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  for (const name of names) {
    const path = join(dir, name);
    const shown = path;
    if (name === 'manifest.json' || name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    if ((await stat(path)).isDirectory()) continue;
    const bytes = await readBytes(path, shown);
    if (isDataName(name)) (data as Record<string, unknown>)[name] = validate(DATA_FILES[name], bytes.toString('utf8'), shown);
    else if (extname(name) === '.csv' || LIST_EXTENSIONS.has(extname(name))) threats.push({ name, shown, bytes });
    else throw new SignaturesError(shown, 'file', 'not a known kind of signatures file (.json data, .csv Feodo Tracker, .txt/.netset/.ipset/.list address list)');
  }
}

function requireComplete(data: Partial<DataSet>): DataSet {
  for (const name of Object.keys(DATA_FILES)) {
    if (!data[name as DataName]) throw new SignaturesError('manifest.json', `files.${name}`, 'required data file is missing');
  }
  return data as DataSet;
}

/** A set that stands on its own (an installed update), not counting on extra folders for a required file. */
export function assertCompleteSet(set: SignatureSet): void {
  requireComplete(set.data);
}

/** The set as checks see it, with extra folders on top; the set itself is left as it was. */
export async function signaturesFromSet(set: SignatureSet, extraDirs: readonly string[] = []): Promise<Signatures> {
  const data = { ...set.data };
  const threats: ThreatList[] = [];
  for (const extra of extraDirs) await loadExtra(extra, data, threats);
  const full = requireComplete(data);
  let c2 = set.c2;
  if (threats.length > 0) {
    const extra = new AddressIndexBuilder();
    for (const list of threats) addThreatList(extra, list);
    c2 = chainMatchers(set.c2, extra.build());
  }
  return {
    version: set.manifest.version,
    date: set.manifest.date,
    extra: [...extraDirs],
    c2,
    ports: full['ports.json'],
    processes: full['processes.json'],
    p2p: full['p2p.json'],
    osSupport: full['os-support.json'],
    browsers: full['browsers.json'],
    remediation: full['remediation.json'],
  };
}

export async function loadSignatures(dir: string = BUNDLED_SIGNATURES_DIR, extraDirs: readonly string[] = []): Promise<Signatures> {
  const set = await readSignatureSet(await readManifestBytes(dir), folderReader(dir));
  return signaturesFromSet(set, extraDirs);
}
