import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Ed25519 public keys (SPKI DER, base64) whose signature on a bundle's manifest.json the app
 * accepts. The private half never enters the repository: scripts/make-signing-key.ts writes it to a
 * maintainer's machine. A key rotation ships the new key here next to the old one for a release.
 */
export const TRUSTED_SIGNATURE_KEYS: readonly string[] = ['MCowBQYDK2VwAyEAhFGV3moWKyul+QOQsDIJRsQS5wfm4EjJYbbJZvcOCJ4='];

/** A public key from PEM text or base64 SPKI DER; only Ed25519 is accepted. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? createPublicKey({ key: trimmed, format: 'pem' })
    : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 public key (${key.asymmetricKeyType ?? 'unknown type'})`);
  return key;
}

export function spkiBase64(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Short, stable name of a key for messages and status: the first 16 hex digits of its SPKI sha256. */
export function keyId(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}
