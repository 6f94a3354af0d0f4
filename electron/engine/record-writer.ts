import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { RawOutput } from '../shared/types';
import { rawFileName, type RecordingMeta } from './recording';

export class RecordError extends Error {}

/** Refuses, before the scan starts, a target that already holds files, so nothing is overwritten. */
export async function assertRecordTarget(dir: string): Promise<void> {
  try {
    const names = await readdir(dir);
    if (names.length > 0) throw new RecordError(`${dir}: the record folder is not empty`);
  } catch (err) {
    if (err instanceof RecordError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new RecordError(`${dir}: cannot use as record folder (${(err as NodeJS.ErrnoException).code})`);
  }
}

/**
 * Writes every raw output and meta.json into a sibling temporary folder, then renames it into place:
 * a reader never sees a half-written recording.
 */
export async function writeRecording(dir: string, raws: readonly RawOutput[], meta: RecordingMeta): Promise<void> {
  await assertRecordTarget(dir);
  const temp = join(dirname(dir), `.${basename(dir)}.partial-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  try {
    for (const raw of raws) await writeFile(join(temp, rawFileName(raw.probeId, raw.format)), raw.stdout, 'utf8');
    await writeFile(join(temp, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`, 'utf8');
    await rmdir(dir).catch(() => undefined);
    await rename(temp, dir);
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw new RecordError(`${dir}: could not write the recording (${(err as Error).message})`);
  }
}
