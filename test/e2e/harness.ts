import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Lang } from '../../electron/shared/types';
import { Backend, type ScanSource } from './backend';
import { BINDING, installShim } from './shim';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '../../test-artifacts/screenshots');
export const REPLAYS = join(import.meta.dirname, '../replays');

/** expect.poll with room for a loaded CI machine (its default gives up after one second). */
export function eventually<T>(fn: () => T | Promise<T>, options: { timeout?: number } = {}): ReturnType<typeof expect.poll<T>> {
  return expect.poll(fn, { timeout: 15_000, ...options });
}

/** Presses Tab until the target has the focus: it must be reachable by keyboard, in the tab order. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached by ${maxPresses} presses of Tab: ${target.toString()}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.BOTCHECK_CHROMIUM ?? CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface App {
  context: BrowserContext;
  page: Page;
  backend: Backend;
  lang: Lang;
  /** IPC channels the page invoked, in order. */
  calls: string[];
  /** Console errors, page errors and CSP violations: a test ends by expecting none. */
  problems: string[];
  /** The whole page, or with `{ fullPage: false }` what the window shows (for the README). */
  screenshot(screen: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

/** A fresh browser context (its own storage) with the shim in place and the app loaded. */
export async function openApp(browser: Browser, url: string, options: { lang: Lang; source?: ScanSource }): Promise<App> {
  const { lang } = options;
  const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-US', timezoneId: 'Asia/Tokyo', viewport: { width: 1100, height: 800 } });
  const calls: string[] = [];
  const problems: string[] = [];
  const backend = await Backend.create({
    lang,
    source: options.source ?? { replayDir: join(REPLAYS, 'linux-lab-irc-bot') },
    printToPdf: async (html) => {
      const printer = await context.newPage();
      try {
        await printer.setContent(html);
        return await printer.pdf();
      } finally {
        await printer.close();
      }
    },
  });
  await context.exposeFunction(BINDING, async (op: string, args: unknown[]) => {
    if (op === 'next') return backend.next(args[0] as string);
    if (op !== 'invoke') throw new Error(`the shim asked for ${op}`);
    const [channel, invokeArgs] = args as [string, unknown[]];
    calls.push(channel);
    return backend.invoke(channel, invokeArgs);
  });
  await context.addInitScript(installShim, BINDING);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:')) problems.push(`request outside the app: ${r.url()}`);
  });
  await page.goto(url);
  return {
    context,
    page,
    backend,
    lang,
    calls,
    problems,
    async screenshot(screen, { fullPage = true } = {}) {
      const path = join(SCREENSHOTS, lang, `${screen}.png`);
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path, fullPage });
      return path;
    },
    async close() {
      await context.close();
      await backend.dispose();
    },
  };
}
