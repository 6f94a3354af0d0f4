import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const RENDERER_ROOT = join(import.meta.dirname, '../../renderer');

/**
 * Builds the renderer exactly as the app ships it (Vite, production mode, the renderer's own config
 * if it has one) into a fresh folder, so the test never serves a stale or half-written dist/.
 */
export async function buildRenderer(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'botcheck-e2e-renderer-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: RENDERER_ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
