import { rm } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { buildRenderer } from './build-renderer';
import { launchChromium } from './harness';
import { serveRenderer, type StaticServer } from './server';

export interface E2E {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** One built renderer, one server and one Chromium per test file. */
export async function startE2E(): Promise<E2E> {
  const dir = await buildRenderer();
  const server = await serveRenderer(dir);
  const browser = await launchChromium();
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
