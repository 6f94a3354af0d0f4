import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActiveSet } from '../../electron/signatures/store';
import { updateSignatures } from '../../electron/signatures/update';
import { makeBundle, makeKey, removeTemps, startServer, temp, versionAbove, type TestKey, type TestServer } from './update-support';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, 'update-crash-child.ts');

let server: TestServer;
let key: TestKey;
beforeAll(async () => {
  server = await startServer();
  key = makeKey();
  server.routes.set('good', { dir: await makeBundle({ version: await versionAbove(1), key }) });
  server.routes.set('next', { dir: await makeBundle({ version: await versionAbove(1, 1), key }) });
});
afterAll(async () => {
  await server.close();
  await removeTemps();
});

describe('an update process killed between writing the new set and switching the pointer', () => {
  it('leaves the last good set in use, and the next update takes over the dead lock and cleans up', async () => {
    const home = join(await temp(), 'signatures');
    const good = await updateSignatures({ home, from: server.url('good'), trustedKeys: [key.publicKey] });

    const killed = await run(process.execPath, ['--import', 'tsx', CHILD, home, server.url('next'), key.publicKey]).then(
      () => null,
      (err: { signal?: string }) => err,
    );
    expect(killed?.signal).toBe('SIGKILL');
    const left = await readdir(join(home, 'sets'));
    expect(left).toHaveLength(2);
    expect(await readdir(home)).toContain('update.lock');
    expect(JSON.parse(await readFile(join(home, 'current.json'), 'utf8')).set).toBe(good.set);

    const active = await resolveActiveSet({ home, trustedKeys: [key.publicKey] });
    expect(active).toMatchObject({ origin: 'installed', fallback: null });
    expect(active.set.manifest.version).toBe(good.version);

    const next = await updateSignatures({ home, from: server.url('next'), trustedKeys: [key.publicKey] });
    expect(next.version).toBe(await versionAbove(1, 1));
    expect(await readdir(join(home, 'sets'))).toEqual([next.set]);
    expect(await readdir(home)).toEqual(['current.json', 'sets']);
  });
});
