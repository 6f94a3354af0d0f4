import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateNotice } from '../../electron/engine/notice';
import { emptyNotice } from '../../electron/shared/notice';
import type { Lang } from '../../electron/shared/types';
import { eventually, openApp, REPLAYS, tabTo, type App } from './harness';
import { startE2E, type E2E } from './setup';
import { progressMilestone } from '../../renderer/src/lib/progress-milestone';
import { uiText } from './ui-text';

/**
 * Every screen of the app in Chromium, in each language, against the real engine replaying the
 * lab machine with the IRC bot (test/replays/linux-lab-irc-bot): found by role and accessible name,
 * clicked through, and screenshotted into test-artifacts/screenshots/<lang>/<screen>.png.
 */
const IRC_BOT = join(REPLAYS, 'linux-lab-irc-bot');
const BOT_GONE = join(REPLAYS, 'linux-lab-bot-gone');

describe.runIf(process.platform === 'linux')('every screen in Chromium', { timeout: 90_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  }, 60_000);
  afterAll(async () => {
    await e2e?.close();
  });

  describe.each<Lang>(['en', 'ja'])('%s', (lang) => {
    const t = uiText(lang);
    let app: App;
    let page: Page;
    const h1 = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
    const button = (name: string) => page.getByRole('button', { name });
    const nav = (route: string) => page.getByRole('navigation', { name: t('navLabel') }).getByRole('button', { name: t(`nav.${route}`), exact: true });
    const goTo = async (route: string, title: string): Promise<void> => {
      await nav(route).click();
      await eventually(() => h1(title).isVisible()).toBe(true);
    };

    beforeAll(async () => {
      app = await openApp(e2e.browser, e2e.server.url, { lang, source: { replayDir: IRC_BOT } });
      page = app.page;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('Start: two choices, in the language the OS gives', async () => {
      await eventually(() => h1(t('start:title')).isVisible()).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await eventually(() => button(t('start:checkPc')).isVisible()).toBe(true);
      await eventually(() => button(t('start:notice')).isVisible()).toBe(true);
      await app.screenshot('start');
    });

    it('Notice form with every field "not stated" → result, reached by keyboard', async () => {
      await tabTo(page, button(t('start:notice')));
      await page.keyboard.press('Enter');
      await eventually(() => h1(t('notice:title')).isVisible()).toBe(true);
      await app.screenshot('notice-form');
      await button(t('notice:submit')).click();
      await eventually(() => h1(t('notice:resultTitle')).isVisible()).toBe(true);
      expect(app.backend.notices.at(-1)).toEqual(emptyNotice());
      const expected = evaluateNotice(emptyNotice(), app.backend.scans.at(-1)!);
      for (const line of expected.explanation) await eventually(() => page.getByText(line[lang], { exact: false }).first().isVisible()).toBe(true);
      await app.screenshot('notice-result-not-stated');
    });

    it('Notice naming 10.213.7.2:6667 → the live connection to it is shown', async () => {
      await goTo('start', t('start:title'));
      await button(t('start:notice')).click();
      await eventually(() => h1(t('notice:title')).isVisible()).toBe(true);
      await page.getByLabel(t('notice:destAddress'), { exact: true }).fill('10.213.7.2');
      await page.getByLabel(t('notice:destPort'), { exact: true }).fill('6667');
      await button(t('notice:submit')).click();
      await eventually(() => h1(t('notice:resultTitle')).isVisible()).toBe(true);
      const notice = app.backend.notices.at(-1)!;
      expect(notice.destination).toMatchObject({ address: '10.213.7.2', port: 6667 });
      const expected = evaluateNotice(notice, app.backend.scans.at(-1)!);
      expect(expected.destinationMatches.length).toBeGreaterThan(0);
      await eventually(() => page.getByRole('heading', { name: t('notice:destinationMatches') }).isVisible()).toBe(true);
      await eventually(() => page.getByText(expected.explanation.find((e) => e.en.includes('connected to 10.213.7.2'))![lang]).isVisible()).toBe(true);
      await eventually(() => page.getByText(/10\.213\.7\.2/).count()).toBeGreaterThan(1);
      await app.screenshot('notice-result');
    });

    it('Scan: a progress bar and each check as it finishes', async () => {
      await goTo('start', t('start:title'));
      const release = app.backend.holdNextScanAfter(12);
      await button(t('start:checkPc')).click();
      await eventually(() => h1(t('scan:title')).isVisible()).toBe(true);
      const bar = page.getByRole('progressbar', { name: t('scan:progressLabel') });
      await eventually(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
      // The count shows after every check; the (visually hidden) live region speaks only by quarters.
      await eventually(async () => page.getByText(t('scan:progress', { done: Number(await bar.getAttribute('value')), total: Number(await bar.getAttribute('max')) })).isVisible()).toBe(true);
      const done = Number(await bar.getAttribute('value'));
      const total = Number(await bar.getAttribute('max'));
      const milestone = progressMilestone(done, total);
      await eventually(() => page.getByRole('status').allTextContents()).toEqual([milestone > 0 ? t('scan:progress', { done: milestone, total }) : t('scan:starting')]);
      await app.screenshot('scan');
      release();
      await eventually(() => h1(t('results:title')).isVisible()).toBe(true);
    });

    it('Results: two headlines, the checklist cards, and a manual answer that is kept', async () => {
      const report = app.backend.scans.at(-1)!;
      expect(report.headlines.infection.status).toBe('fail');
      await eventually(() => page.getByRole('heading', { name: t('results:protectionQuestion') }).isVisible()).toBe(true);
      await eventually(() => page.getByRole('heading', { name: t('results:infectionQuestion') }).isVisible()).toBe(true);
      await eventually(() => page.getByText(t(`results:infectionAnswer.fail`), { exact: true }).isVisible()).toBe(true);
      const manual = report.checks.find((c) => c.question)!;
      const option = manual.question!.answers[0]!;
      await page.getByRole('group', { name: manual.question!.text[lang] }).getByRole('radio', { name: option.label[lang] }).check();
      await eventually(() => page.getByText(t('results:answerKept')).isVisible()).toBe(true);
      await app.screenshot('results');
      await page.evaluate(() => window.scrollTo(0, 0));
      await app.screenshot('results-top', { fullPage: false });
      await button(t('results:rescan')).click();
      await eventually(() => app.backend.answers.at(-1)?.[manual.id]).toBe(option.id);
      await eventually(() => h1(t('results:title')).isVisible()).toBe(true);
    });

    it('Connections: the table, with the bot\'s row flagged and why', async () => {
      await goTo('connections', t('connections:title'));
      const table = page.getByRole('table', { name: t('connections:caption') });
      const botRow = table.getByRole('row').filter({ hasText: '10.213.7.2:6667' });
      await eventually(() => botRow.count()).toBeGreaterThan(0);
      await eventually(() => botRow.first().getByText(t('connections:flagged')).isVisible()).toBe(true);
      await app.screenshot('connections');
      await page.getByLabel(t('connections:onlyFlagged')).check();
      await eventually(() => botRow.count()).toBeGreaterThan(0);
    });

    it('Cleanup guide: links to the catalogue are handed to the OS, never navigated', async () => {
      await goTo('cleanup', t('cleanup:title'));
      await eventually(() => page.getByRole('alert').getByText(t('cleanup:found')).isVisible()).toBe(true);
      const before = page.url();
      const catalogue = JSON.parse(await readFile(join(import.meta.dirname, '../../signatures/remediation.json'), 'utf8')) as { entries: { id: string; url: string | null; name: Record<Lang, string> }[] };
      const clamav = catalogue.entries.find((e) => e.id === 'clamav')!;
      await button(t('cleanup:open', { name: clamav.name[lang] })).click();
      await eventually(() => app.backend.opened.at(-1)).toEqual({ url: clamav.url, allowed: true });
      expect(app.backend.launched.at(-1)).toBe(clamav.url);
      await eventually(() => page.getByText(t('cleanup:opened')).isVisible()).toBe(true);
      const ipa = catalogue.entries.find((e) => e.id === 'ipa-anshin')!;
      await button(t('cleanup:site', { name: ipa.name[lang] })).click();
      await eventually(() => app.backend.opened.at(-1)).toEqual({ url: ipa.url, allowed: true });
      expect(app.backend.launched.at(-1)).toBe(ipa.url);
      expect(page.url()).toBe(before);
      expect(app.context.pages()).toHaveLength(1);
      await app.screenshot('cleanup');
    });

    it('Helpdesk mode by keyboard: scan, read the code out, decode it back', async () => {
      const nextButton = button(t('helpdesk:next'));
      await tabTo(page, nav('helpdesk'));
      await page.keyboard.press('Enter');
      await eventually(() => h1(t('helpdesk:title')).isVisible()).toBe(true);
      await eventually(() => page.getByText(t('helpdesk:stepOf', { n: 1, total: 4 })).isVisible()).toBe(true);
      const scansBefore = app.backend.scans.length;
      await tabTo(page, button(t('helpdesk:check')));
      await page.keyboard.press('Enter');
      await eventually(() => app.backend.scans.length).toBe(scansBefore + 1);
      await eventually(() => page.getByText(t('helpdesk:step1Done')).isVisible()).toBe(true);
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      const code = app.backend.scans.at(-1)!.supportCode;
      await eventually(() => page.getByText(t('helpdesk:stepOf', { n: 2, total: 4 })).isVisible()).toBe(true);
      const groups = code.split('-');
      await eventually(() => page.locator('.support-code .code-group').allTextContents()).toEqual(groups);
      // What a screen reader says: the label, then the code character by character, group by group.
      await eventually(() => page.getByText(`${t('helpdesk:codeLabel')}: `, { exact: false }).textContent()).toBe(`${t('helpdesk:codeLabel')}: ${groups.map((g) => g.split('').join(' ')).join(', ')}`);
      await button(t('helpdesk:copy')).click();
      await eventually(() => app.backend.clipboard.at(-1)).toBe(code);
      await eventually(() => page.getByText(t('helpdesk:copied')).isVisible()).toBe(true);
      await app.screenshot('helpdesk');
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      await eventually(() => page.getByRole('heading', { name: t('results:infectionQuestion') }).isVisible()).toBe(true);
      await tabTo(page, nextButton);
      await page.keyboard.press('Enter');
      const field = page.getByLabel(t('helpdesk:decodeLabel'));
      await tabTo(page, field);
      await page.keyboard.type(code.toLowerCase());
      await page.keyboard.press('Enter');
      const decoded = page.getByRole('region', { name: t('helpdesk:decoded') });
      await eventually(() => decoded.isVisible()).toBe(true);
      await eventually(() => decoded.getByText(t('helpdesk:platform', { p: t('helpdesk:platforms.linux') })).isVisible()).toBe(true);
      await app.screenshot('helpdesk-decode');
      await field.fill(`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
      await field.press('Enter');
      await eventually(() => page.getByRole('alert').isVisible()).toBe(true);
    });

    it('History: the scans of this session, newest first, with what changed after the bot was removed', async () => {
      app.backend.useSource({ replayDir: BOT_GONE });
      await goTo('start', t('start:title'));
      await button(t('start:checkPc')).click();
      await eventually(() => h1(t('results:title')).isVisible()).toBe(true);
      await goTo('history', t('history:title'));
      const entries = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: t('history:open') }) });
      await eventually(() => entries.count()).toBe(app.backend.scans.length);
      const changes = entries.first().locator('ul.changes li');
      await eventually(() => changes.count()).toBeGreaterThan(0);
      await eventually(() => entries.last().getByText(t('history:first')).isVisible()).toBe(true);
      await app.screenshot('history');
      await entries.last().getByRole('button', { name: t('history:open') }).click();
      await eventually(() => h1(t('results:title')).isVisible()).toBe(true);
    });

    it('Export: HTML, PDF (printed by Chromium) and JSON of a saved result', async () => {
      await goTo('export', t('export:title'));
      await eventually(() => page.getByLabel(t('export:which')).isVisible()).toBe(true);
      for (const format of ['html', 'pdf', 'json'] as const) {
        await button(t(`export:${format}`)).click();
        await eventually(() => app.backend.exports.at(-1)?.format).toBe(format);
        await eventually(() => page.getByRole('status').filter({ hasText: app.backend.exports.at(-1)!.path }).isVisible()).toBe(true);
      }
      const [html, pdf, json] = await Promise.all(app.backend.exports.slice(-3).map((e) => readFile(e.path)));
      expect(html!.toString('utf8')).toMatch(/^<!doctype html>/i);
      expect(pdf!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(JSON.parse(json!.toString('utf8')).supportCode).toMatch(/^01/);
      await app.screenshot('export');
    });

    it('Settings: signatures status, the update refusal, and the language switch', async () => {
      await goTo('settings', t('settings:title'));
      const manifest = JSON.parse(await readFile(join(import.meta.dirname, '../../signatures/manifest.json'), 'utf8')) as { version: string };
      await eventually(() => page.getByText(t('settings:version', { v: manifest.version })).isVisible()).toBe(true);
      await button(t('settings:update')).click();
      const refusal = await app.backend.handler('botcheck:update-signatures')();
      await eventually(() => page.getByRole('status').filter({ hasText: refusal.message[lang] }).isVisible()).toBe(true);
      await app.screenshot('settings');
      const other: Lang = lang === 'en' ? 'ja' : 'en';
      const language = page.getByLabel(t('settings:language'), { exact: true });
      await language.selectOption(other);
      await eventually(() => h1(uiText(other)('settings:title')).isVisible()).toBe(true);
      await page.getByLabel(uiText(other)('settings:language'), { exact: true }).selectOption(lang);
      await eventually(() => h1(t('settings:title')).isVisible()).toBe(true);
    });

    it('left no console error, page error or request outside the app', () => {
      expect(app.problems).toEqual([]);
    });
  });
});
