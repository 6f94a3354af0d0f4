import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readGzipTextFile } from '../../electron/probes/exec';
import { fixture } from '../facts/update-raw-helpers';

const dir = await mkdtemp(join(tmpdir(), 'botcheck-gzip-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading a rotated, gzip-compressed log', () => {
  it('unpacks it to the text logrotate compressed', async () => {
    const text = fixture('history.log.en.debian12-botcheck-dev-2026-11-25.txt');
    const path = join(dir, 'history.log.1.gz');
    await writeFile(path, gzipSync(text));
    expect(await readGzipTextFile(path)).toEqual({ stdout: text, stderr: '', exitCode: 0 });
  });

  it('refuses more than the cap while unpacking, and what is not gzip', async () => {
    const bomb = join(dir, 'bomb.gz');
    await writeFile(bomb, gzipSync(Buffer.alloc(8 * 1024 * 1024)));
    const big = await readGzipTextFile(bomb, 1024 * 1024);
    expect(big.error).toMatchObject({ kind: 'failed', message: expect.stringContaining('unpacks to more than 1048576 bytes') });
    const plain = join(dir, 'plain.gz');
    await writeFile(plain, 'Start-Date: 2026-11-25  22:18:01\n');
    expect((await readGzipTextFile(plain)).error).toMatchObject({ kind: 'failed', message: expect.stringContaining('not readable as gzip') });
  });

  it('says not-found for a log that has never been rotated', async () => {
    expect((await readGzipTextFile(join(dir, 'absent.gz'))).error).toMatchObject({ kind: 'not-found' });
  });
});
