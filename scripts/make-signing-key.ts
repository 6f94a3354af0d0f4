/**
 * Maintainer script: makes the Ed25519 key pair that signs signatures bundles. The private key goes
 * to the file given, which must lie outside this repository and must not exist yet (mode 0600); the
 * public key is printed for electron/signatures/trust.ts.
 * Usage: npx tsx scripts/make-signing-key.ts --out ~/.botcheck/signing-key.pem
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { keyId, spkiBase64 } from '../electron/signatures/trust';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** The nearest existing folder, resolved through symlinks, so a link into the repository is seen for what it is. */
async function realFolder(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    const real = await realFolder(parent);
    return resolve(real, relative(parent, path));
  }
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: npx tsx scripts/make-signing-key.ts --out FILE   (FILE outside the repository)');
  process.exit(2);
}
const out = resolve(values.out);
const repo = await realpath(REPO);
if (inside(await realFolder(dirname(out)), repo) || inside(out, resolve(REPO))) {
  console.error(`Refused: ${out} is inside the repository (${repo}). The private key must never enter it.`);
  process.exit(1);
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
await mkdir(dirname(out), { recursive: true, mode: 0o700 });
try {
  await writeFile(out, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
} catch (err) {
  console.error(`Refused: cannot create ${out} (${(err as NodeJS.ErrnoException).code}); an existing key is never overwritten.`);
  process.exit(1);
}
console.log(`Private key: ${out} (keep it off the repository and off shared drives; back it up offline)`);
console.log(`Key id: ${keyId(publicKey)}`);
console.log('Public key (SPKI DER, base64) for TRUSTED_SIGNATURE_KEYS in electron/signatures/trust.ts:');
console.log(spkiBase64(publicKey));
