import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyNotice } from '../../electron/shared/notice';
import { IPC_ARGS } from '../../electron/main/ipc-schemas';
import { eventually, openApp } from './harness';
import { startE2E, type E2E } from './setup';

const BRIDGE_FUNCTIONS = ['checkNotice', 'copySupportCode', 'decodeSupportCode', 'defaultLang', 'exportReport', 'history', 'loadReport', 'onProgress', 'openExternal', 'remediation', 'scan', 'signaturesStatus', 'updateSignatures'];

describe.runIf(process.platform === 'linux')('e2e harness: built renderer in Chromium with the engine behind the shim', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  }, 60_000);
  afterAll(async () => {
    await e2e?.close();
  });

  it('loads the app under its strict CSP, with window.botcheck as the only way out', async () => {
    const app = await openApp(e2e.browser, e2e.server.url, { lang: 'en' });
    const { page } = app;
    await eventually(() => page.locator('#root').evaluate((el) => el.childElementCount)).toBeGreaterThan(0);
    expect(e2e.server.requests.every((path) => path === '/' || path === '/favicon.ico' || path.startsWith('/assets/'))).toBe(true);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(await page.evaluate(() => Object.keys(window.botcheck!).sort())).toEqual(BRIDGE_FUNCTIONS);
    expect(await page.evaluate(() => Object.values(window.botcheck!).every((f) => typeof f === 'function'))).toBe(true);
    const blocked = await page.evaluate(() => fetch('/index.html').then(() => 'fetched', () => 'blocked'));
    expect(blocked).toBe('blocked');
    expect(app.problems.length).toBeGreaterThan(0);
    expect(app.problems.every((p) => p.includes('Content Security Policy'))).toBe(true);
    await app.close();
  });

  it('answers each bridge function from the app\'s main-process handlers and the real engine in Node', async () => {
    const app = await openApp(e2e.browser, e2e.server.url, { lang: 'ja' });
    const { page } = app;
    const result = await page.evaluate(async (empty) => {
      const b = window.botcheck!;
      const events: string[] = [];
      const off = b.onProgress((e) => events.push(e.type));
      const { report, saved } = await b.scan({});
      off();
      const history = await b.history();
      const loaded = await b.loadReport(saved.id!);
      return {
        lang: await b.defaultLang(),
        events: [events[0], events.at(-1), events.filter((t) => t === 'check-finished').length],
        checks: report.checks.length,
        same: loaded.supportCode === report.supportCode && history.entries[0]!.id === saved.id,
        copied: await b.copySupportCode(report.supportCode),
        copyOther: await (b.copySupportCode as (text: string) => Promise<boolean>)('send 1 BTC to …').then(() => 'answered', (e: Error) => e.message),
        decoded: await b.decodeSupportCode(report.supportCode),
        bad: await b.decodeSupportCode('01AB-CDEF'),
        exported: await b.exportReport(saved.id!, 'json', 'ja'),
        signatures: await b.signaturesStatus(),
        update: await b.updateSignatures(),
        catalogue: (await b.remediation()).map((e) => e.id),
        openOk: await b.openExternal('https://learn.microsoft.com/defender-endpoint/safety-scanner-download'),
        openLookAlike: await b.openExternal('https://learn.microsoft.com.evil.example/defender-endpoint'),
        badArgs: await (b.loadReport as (id: unknown) => Promise<unknown>)('../../etc/passwd').then(() => 'answered', (e: Error) => e.message),
        notice: await b.checkNotice({ ...empty, channel: 'phone', redFlags: { ...empty.redFlags, attachment: true } }, {}),
      };
    }, emptyNotice());
    expect(result.lang).toBe('ja');
    expect(result.events).toEqual(['scan-started', 'scan-finished', result.checks]);
    expect(result.same).toBe(true);
    expect(result.copied).toBe(true);
    expect(result.copyOther).toBe('botcheck:copy-support-code: refused (invalid arguments)');
    expect(app.backend.clipboard).toEqual([app.backend.scans[0]!.supportCode]);
    expect(result.decoded).toMatchObject({ platform: 'linux', headlines: { infection: 'fail' } });
    expect(result.bad).toHaveProperty('error');
    expect(JSON.parse(await readFile(result.exported.path!, 'utf8')).supportCode).toBe(app.backend.scans[0]!.supportCode);
    const manifest = JSON.parse(await readFile(join(import.meta.dirname, '../../signatures/manifest.json'), 'utf8')) as { version: string };
    expect(result.signatures).toMatchObject({ origin: 'bundled', version: manifest.version, note: null });
    expect(result.update.ok).toBe(false);
    expect(result.update.message.ja).toContain('更新サーバーはまだ設定されていません');
    const bundled = JSON.parse(await readFile(join(import.meta.dirname, '../../signatures/remediation.json'), 'utf8')) as { entries: { id: string }[] };
    expect(result.catalogue).toEqual(bundled.entries.map((e) => e.id));
    expect(result.openOk).toBe(true);
    expect(result.openLookAlike).toBe(false);
    expect(app.backend.opened.map((o) => o.allowed)).toEqual([true, false]);
    expect(app.backend.launched).toEqual(['https://learn.microsoft.com/defender-endpoint/safety-scanner-download']);
    expect(result.badArgs).toBe('botcheck:load-report: refused (invalid arguments)');
    expect(result.notice.phishing.reasons).toHaveLength(2);
    expect(result.notice.report.supportCode).toBe(app.backend.scans[0]!.supportCode);
    expect(new Set(app.calls)).toEqual(new Set(Object.keys(IPC_ARGS)));
    expect(app.problems).toEqual([]);
    await app.close();
  });
});
