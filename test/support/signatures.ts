import { loadSignatures } from '../../electron/signatures/load';
import type { Signatures } from '../../electron/signatures/types';

let bundled: Promise<Signatures> | undefined;

/** The real bundled set, loaded once per test file. */
export function bundledSignatures(): Promise<Signatures> {
  bundled ??= loadSignatures();
  return bundled;
}
