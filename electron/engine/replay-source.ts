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

/**
 * What a person saved by hand comes in the console's encoding: `netstat -ano > file` on Japanese
 * Windows writes CP932 (Shift_JIS), PowerShell's `>` writes UTF-16 with a byte-order mark. Recorded
 * files are UTF-8. Text that is none of these stays as read, and its parser says it is not understood.
 */
export function decodeCapture(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

/** Reads one probe's file; a missing file is `missing`, never an empty success. */
export async function replayProbe(folder: ReplayFolder, probe: ProbeDefinition): Promise<RawOutput> {
  const name = rawFileName(probe.id, probe.format);
  const recorded = folder.meta?.probes?.[probe.id];
  const base = { probeId: probe.id, format: probe.format, durationMs: recorded?.durationMs ?? 0, stderr: recorded?.stderr ?? '' };
  if (!folder.names.has(name)) {
    return { ...base, stdout: '', exitCode: null, error: recorded?.error ?? { kind: 'missing', message: `${name} is not in ${folder.dir}` } };
  }
  const stdout = decodeCapture(await readFile(join(folder.dir, name)));
  return { ...base, stdout, exitCode: recorded?.exitCode ?? 0, ...(recorded?.error ? { error: recorded.error } : {}) };
}
