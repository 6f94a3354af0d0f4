import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../electron/checks/index';
import { eventually, openApp, type App } from './harness';
import { startE2E, type E2E } from './setup';
import { uiText } from './ui-text';

/** The one live scan: this machine through the real probes, shown by the app in Chromium. */
describe.runIf(process.platform === 'linux')('live scan of this machine in the app', () => {
  const t = uiText('en');
  let e2e: E2E;
  let app: App;
  beforeAll(async () => {
    e2e = await startE2E();
    app = await openApp(e2e.browser, e2e.server.url, { lang: 'en', source: { live: true } });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await e2e?.close();
  });

  it('scans, shows both headlines and every Linux check, and the connections table', async () => {
    const { page } = app;
    await page.getByRole('button', { name: t('start:checkPc') }).click();
    await eventually(() => page.getByRole('heading', { level: 1, name: t('results:title'), exact: true }).isVisible(), { timeout: 90_000 }).toBe(true);
    const report = app.backend.scans.at(-1)!;
    expect(report.mode).toBe('live');
    expect(report.checks.map((c) => c.id).sort()).toEqual(CHECKS.filter((c) => c.platforms.includes('linux')).map((c) => c.id).sort());
    await eventually(() => page.getByText(t(`results:protectionAnswer.${report.headlines.protection.status}`), { exact: true }).isVisible()).toBe(true);
    await eventually(() => page.getByText(t(`results:infectionAnswer.${report.headlines.infection.status}`), { exact: true }).isVisible()).toBe(true);
    await eventually(() => page.getByRole('article').count()).toBe(report.checks.length);
    await app.screenshot('live-results');
    await page.getByRole('navigation', { name: t('navLabel') }).getByRole('button', { name: t('nav.connections'), exact: true }).click();
    await eventually(() => page.getByRole('heading', { level: 1, name: t('connections:title') }).isVisible()).toBe(true);
    const rows = page.getByRole('table', { name: t('connections:caption') }).getByRole('row');
    const connections = report.connections ?? [];
    if (connections.length > 0) await eventually(() => rows.count()).toBe(connections.length + 1);
    await app.screenshot('live-connections');
    const flagged = connections.filter((c) => c.flags.length > 0).length;
    if (flagged < connections.length) {
      await page.getByLabel(t('connections:onlyFlagged')).check();
      await eventually(() => (flagged === 0 ? page.getByText(t('connections:noneFlagged')).isVisible() : rows.count().then((n) => n === flagged + 1))).toBe(true);
    }
    expect(app.problems).toEqual([]);
  }, 120_000);
});
