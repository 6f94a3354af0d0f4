import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_SIGNATURES_DIR } from '../../electron/signatures/load';
import { SignaturesError } from '../../electron/signatures/threat-lists';
import { verifyFolder, verifyManifestSignature } from '../../electron/signatures/verify';
import { makeBundle, makeKey, removeTemps, temp, versionAbove } from './update-support';

afterAll(removeTemps);

describe('verifying a signatures folder', () => {
  it('says the bundled set is not signed, being bundled with the app, and checks its hashes and schemas', async () => {
    const v = await verifyFolder(BUNDLED_SIGNATURES_DIR);
    expect(v.signature).toEqual({ ok: true, bundled: true });
    expect(v.content).toEqual({ ok: true });
    expect(v.files).toBeGreaterThan(0);
  });

  it('accepts a bundle signed by a given key and refuses it with another', async () => {
    const key = makeKey();
    const dir = await makeBundle({ version: await versionAbove(1), key });
    expect((await verifyFolder(dir, { trustedKeys: [key.publicPem] })).signature).toMatchObject({ ok: true, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const other = await verifyFolder(dir, { trustedKeys: [makeKey().publicKey] });
    expect(other.signature).toMatchObject({ ok: false, error: expect.stringContaining('manifest.json.sig: signature: does not verify manifest.json with any trusted key') });
    expect(other.content).toEqual({ ok: true });
  });

  it('refuses an unsigned copy of the bundled set: only the app\'s own folder goes without a signature', async () => {
    const dir = await temp();
    await cp(BUNDLED_SIGNATURES_DIR, dir, { recursive: true });
    const v = await verifyFolder(dir);
    expect(v.signature).toMatchObject({ ok: false, error: expect.stringContaining('manifest.json.sig: file: missing') });
    expect(v.content).toEqual({ ok: true });
  });

  it('names the file whose content changed, with expected and actual sha256, or that is missing', async () => {
    const key = makeKey();
    const dir = await makeBundle({ version: await versionAbove(1), key });
    await writeFile(join(dir, 'p2p.json'), `${await readFile(join(dir, 'p2p.json'), 'utf8')} `);
    const v = await verifyFolder(dir, { trustedKeys: [key.publicKey] });
    expect(v.signature.ok).toBe(true);
    expect(v.content).toMatchObject({ ok: false, error: expect.stringMatching(/^p2p\.json: sha256: content does not match manifest\.json \(expected [0-9a-f]{64}, got [0-9a-f]{64}\)$/) });
    await rm(join(dir, 'p2p.json'));
    expect((await verifyFolder(dir, { trustedKeys: [key.publicKey] })).content).toMatchObject({ ok: false, error: expect.stringContaining('p2p.json: file: listed in manifest.json but cannot be read (ENOENT)') });
  });

  it('lists files the manifest does not cover', async () => {
    const key = makeKey();
    const dir = await makeBundle({ version: await versionAbove(1), key });
    await writeFile(join(dir, 'stray.txt'), 'x');
    expect((await verifyFolder(dir, { trustedKeys: [key.publicKey] })).unlisted).toContain('stray.txt');
  });
});

describe('the signature file', () => {
  const manifest = Buffer.from('{}');
  const key = makeKey();
  const refused = (sig: string): SignaturesError => {
    try {
      verifyManifestSignature(manifest, Buffer.from(sig), [key.publicKey]);
    } catch (err) {
      return err as SignaturesError;
    }
    throw new Error('accepted');
  };

  it('must be base64 of 64 bytes', () => {
    expect(refused('not base64!').message).toBe('manifest.json.sig: signature: not a base64 Ed25519 signature (expected 64 bytes, got text that is not base64)');
    expect(refused(Buffer.alloc(32).toString('base64')).message).toContain('expected 64 bytes, got 32 bytes');
    expect(refused(Buffer.alloc(64).toString('base64')).message).toContain('does not verify manifest.json with any trusted key');
  });
});
