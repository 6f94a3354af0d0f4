/**
 * Maintainer script: signs a signatures bundle for `botcheck signatures update`. The folder is
 * checked first (every sha256 and schema, the whole set loading), then DIR/manifest.json.sig is
 * written: the base64 Ed25519 signature over the exact bytes of DIR/manifest.json, verified back
 * before the script ends. Publish the folder as it is; its URL is what `--from` takes.
 * Usage:
 *   cp -r signatures /tmp/bundle            (after scripts/refresh-manifest.ts --version X.Y.Z --date …)
 *   npx tsx scripts/sign-signatures.ts --key ~/.botcheck/signing-key.pem --dir /tmp/bundle
 */
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { readFile, realpath, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_SIGNATURES_DIR, folderReader, readManifestBytes } from '../electron/signatures/load';
import { keyId, spkiBase64, TRUSTED_SIGNATURE_KEYS } from '../electron/signatures/trust';
import { SIGNATURE_FILE, verifyManifestSignature, verifySet } from '../electron/signatures/verify';

const { values } = parseArgs({ options: { key: { type: 'string' }, dir: { type: 'string' } } });
if (!values.key || !values.dir) {
  console.error('Usage: npx tsx scripts/sign-signatures.ts --key PRIVATE_KEY.pem --dir BUNDLE_DIR');
  process.exit(2);
}
const dir = resolve(values.dir);
if ((await realpath(dir).catch(() => dir)) === (await realpath(BUNDLED_SIGNATURES_DIR))) {
  console.error(`Refused: ${dir} is the set bundled with the app; copy it to a bundle folder and sign the copy.`);
  process.exit(1);
}

const privateKey = createPrivateKey(await readFile(values.key, 'utf8'));
if (privateKey.asymmetricKeyType !== 'ed25519') {
  console.error(`Refused: ${values.key} is not an Ed25519 private key (${privateKey.asymmetricKeyType}).`);
  process.exit(1);
}
const publicKey = createPublicKey(privateKey);

const manifest = await readManifestBytes(dir);
try {
  const { set } = await verifySet(manifest, null, folderReader(dir));
  console.log(`Checked ${dir}: signatures ${set.manifest.version} dated ${set.manifest.date}, ${Object.keys(set.manifest.files).length} files, every sha256 and schema good.`);
} catch (err) {
  console.error(`Refused to sign: ${(err as Error).message}`);
  process.exit(1);
}

const signature = sign(null, manifest, privateKey).toString('base64');
await writeFile(join(dir, SIGNATURE_FILE), `${signature}\n`);
verifyManifestSignature(manifest, Buffer.from(signature), [publicKey]);
console.log(`Wrote ${join(dir, SIGNATURE_FILE)}, signed by key ${keyId(publicKey)}.`);
if (!TRUSTED_SIGNATURE_KEYS.includes(spkiBase64(publicKey))) {
  console.warn('Warning: this key is not in TRUSTED_SIGNATURE_KEYS (electron/signatures/trust.ts): the app will refuse this bundle.');
}
