import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { buildAddressMatcher } from './address-matcher';
import { browserSupportSchema, manifestSchema, osSupportSchema, p2pSchema, portsSchema, processesSchema, type Manifest } from './schema';
import { parseFeodoCsv, parsePlainList, SignaturesError } from './threat-lists';
import type { Signatures, ThreatEntry } from './types';

/** The data files every set must have, with the schema each is validated against. */
const DATA_FILES = {
  'ports.json': portsSchema,
  'processes.json': processesSchema,
  'p2p.json': p2pSchema,
  'os-support.json': osSupportSchema,
  'browsers.json': browserSupportSchema,
} as const;

type DataName = keyof typeof DATA_FILES;
type DataSet = { [K in DataName]: z.infer<(typeof DATA_FILES)[K]> };

const LIST_EXTENSIONS = new Set(['.txt', '.netset', '.ipset', '.list']);

export const BUNDLED_SIGNATURES_DIR = fileURLToPath(new URL('../../signatures/', import.meta.url));

async function readText(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
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

function threatFile(name: string, text: string, shown: string): ThreatEntry[] {
  if (extname(name) === '.csv') return parseFeodoCsv(text, shown);
  return parsePlainList(text, shown, basename(name, extname(name)));
}

async function loadBundled(dir: string): Promise<{ manifest: Manifest; data: Partial<DataSet>; threats: ThreatEntry[] }> {
  const manifest = validate(manifestSchema, await readText(join(dir, 'manifest.json'), 'manifest.json'), 'manifest.json');
  const data: Partial<DataSet> = {};
  const threats: ThreatEntry[] = [];
  for (const [name, meta] of Object.entries(manifest.files)) {
    if (name.includes('..') || name.startsWith('/')) throw new SignaturesError('manifest.json', `files.${name}`, 'path leaves the signatures folder');
    const bytes = await readFile(join(dir, name)).catch((err: NodeJS.ErrnoException) => {
      throw new SignaturesError(name, 'file', `listed in manifest.json but cannot be read (${err.code ?? err.message})`);
    });
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== meta.sha256) throw new SignaturesError(name, 'sha256', `content does not match manifest.json (${digest})`);
    const text = bytes.toString('utf8');
    if (isDataName(name)) (data as Record<string, unknown>)[name] = validate(DATA_FILES[name], text, name);
    else if (name.startsWith('c2/')) threats.push(...threatFile(name, text, name));
    else throw new SignaturesError('manifest.json', `files.${name}`, 'not a known kind of signatures file');
  }
  return { manifest, data, threats };
}

/**
 * An extra folder (--signatures DIR) needs no manifest: known JSON names replace the bundled file,
 * Feodo CSV and plain list files add command-and-control entries. Anything else is refused, so a
 * typo never passes silently.
 */
async function loadExtra(dir: string, data: Partial<DataSet>, threats: ThreatEntry[]): Promise<void> {
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
    const text = await readText(path, shown);
    if (isDataName(name)) (data as Record<string, unknown>)[name] = validate(DATA_FILES[name], text, shown);
    else if (extname(name) === '.csv' || LIST_EXTENSIONS.has(extname(name))) threats.push(...threatFile(name, text, shown));
    else throw new SignaturesError(shown, 'file', 'not a known kind of signatures file (.json data, .csv Feodo Tracker, .txt/.netset/.ipset/.list address list)');
  }
}

export async function loadSignatures(dir: string = BUNDLED_SIGNATURES_DIR, extraDirs: readonly string[] = []): Promise<Signatures> {
  const { manifest, data, threats } = await loadBundled(dir);
  for (const extra of extraDirs) await loadExtra(extra, data, threats);
  for (const name of Object.keys(DATA_FILES)) {
    if (!data[name as DataName]) throw new SignaturesError('manifest.json', `files.${name}`, 'required data file is missing');
  }
  const full = data as DataSet;
  return {
    version: manifest.version,
    date: manifest.date,
    extra: [...extraDirs],
    c2: buildAddressMatcher(threats),
    ports: full['ports.json'],
    processes: full['processes.json'],
    p2p: full['p2p.json'],
    osSupport: full['os-support.json'],
    browsers: full['browsers.json'],
  };
}
