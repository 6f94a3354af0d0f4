import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain, buildPreload, buildRenderer } from '../../../scripts/build-app.mjs';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A project folder of its own, laid out as the repository is (package.json, electron-builder.yml,
 * signatures/, dist/), so that tests never rebuild the working tree's dist/ under other tests' feet.
 */
export async function stageApp(parts: { renderer: boolean }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'botcheck-app-'));
  const dist = join(dir, 'dist');
  await Promise.all([buildMain(dist), buildPreload(dist), ...(parts.renderer ? [buildRenderer(dist)] : [])]);
  for (const name of ['package.json', 'electron-builder.yml', 'signatures']) await cp(join(ROOT, name), join(dir, name), { recursive: true });
  return dir;
}
