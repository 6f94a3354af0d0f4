import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProbeDefinition } from '../probes/probe';
import type { Platform, RawOutput } from '../shared/types';
import { metaSchema, platformFromFileNames, rawFileName, type RecordingMeta } from './recording';

export class ReplayError extends Error {}

export interface ReplayFolder {
  platform: Platform;
  meta: RecordingMeta | null;
  names: Set<string>;
  dir: string;
}

export async function openReplay(dir: string): Promise<ReplayFolder> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw new ReplayError(`${dir}: cannot read the replay folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let meta: RecordingMeta | null = null;
  if (names.includes('meta.json')) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
    } catch (err) {
      throw new ReplayError(`${join(dir, 'meta.json')}: not valid JSON (${(err as Error).message})`);
    }
    const checked = metaSchema.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new ReplayError(`${join(dir, 'meta.json')}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
    meta = checked.data;
  }
  const platform = meta?.platform ?? platformFromFileNames(names);
  if (!platform) throw new ReplayError(`${dir}: no meta.json and the file names do not tell which OS it came from`);
  return { platform, meta, names: new Set(names), dir };
}

/** Reads one probe's file; a missing file is `missing`, never an empty success. */
export async function replayProbe(folder: ReplayFolder, probe: ProbeDefinition): Promise<RawOutput> {
  const name = rawFileName(probe.id, probe.format);
  const recorded = folder.meta?.probes?.[probe.id];
  const base = { probeId: probe.id, format: probe.format, durationMs: recorded?.durationMs ?? 0, stderr: recorded?.stderr ?? '' };
  if (!folder.names.has(name)) {
    return { ...base, stdout: '', exitCode: null, error: recorded?.error ?? { kind: 'missing', message: `${name} is not in ${folder.dir}` } };
  }
  const stdout = await readFile(join(folder.dir, name), 'utf8');
  return { ...base, stdout, exitCode: recorded?.exitCode ?? 0, ...(recorded?.error ? { error: recorded.error } : {}) };
}
