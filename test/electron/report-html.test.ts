import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan';
import { MESSAGES, SIGNATURE_NOTES } from '../../electron/main/messages';
import { escapeHtml, renderReportHtml } from '../../electron/main/report-html';
import type { Report } from '../../electron/shared/types';
import { loadSignatures } from '../../electron/signatures/load';
import { RESOURCES } from '../../renderer/src/i18n/resources';

const report = await scan({ signatures: await loadSignatures(), replayDir: join(import.meta.dirname, '../replays/linux-lab-irc-bot') });
const HOSTILE = '<script>alert(1)</script><img src=https://evil.example/x.png>"\'&';

function withHostileValues(r: Report): Report {
  const copy = structuredClone(r);
  copy.host.hostname = HOSTILE;
  copy.host.os = HOSTILE;
  copy.checks[0]!.evidence.push({ text: { en: HOSTILE, ja: HOSTILE } });
  copy.connections = [{ protocol: 'tcp', localAddress: '10.0.0.2', localPort: 40000, remoteAddress: HOSTILE, remotePort: 6667, state: 'ESTABLISHED', pid: 1, process: HOSTILE, path: HOSTILE, flags: [{ check: 'NET-001', text: { en: HOSTILE, ja: HOSTILE } }] }];
  return copy;
}

describe('renderReportHtml', () => {
  it('shows both headlines, every check and the support code', () => {
    const html = renderReportHtml(report, 'en');
    expect(html).toContain('Is this PC protected?');
    expect(html).toContain('Are there signs of a bot on this PC?');
    expect(html).toContain(escapeHtml(report.supportCode));
    for (const c of report.checks) expect(html).toContain(`${c.id} `);
  });

  it('writes Japanese when asked', () => {
    const html = renderReportHtml(report, 'ja');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('この PC は守られていますか?');
    expect(html).toContain(escapeHtml(report.checks[0]!.title.ja));
  });

  it('escapes every value that came from the scanned machine', () => {
    const html = renderReportHtml(withHostileValues(report), 'en');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=https://evil.example/x.png&gt;&quot;&#39;&amp;');
  });

  it('is self-contained: no script, no external resource, its own CSP', () => {
    const html = renderReportHtml(report, 'en');
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|\bsrc=|\bhref=|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`.replace(/'/g, '&#39;'));
  });
});

describe.each(['en', 'ja'] as const)('the report in %s says what the app\'s screens say', (lang) => {
  const html = renderReportHtml(report, lang);
  const r = RESOURCES[lang];
  const { protection, infection } = report.headlines;

  it('asks the same headline questions and gives the same plain answers', () => {
    expect(html).toContain(`<h2>${escapeHtml(r.results.protectionQuestion)}</h2>`);
    expect(html).toContain(`<h2>${escapeHtml(r.results.infectionQuestion)}</h2>`);
    expect(html).toContain(`<strong>${escapeHtml(r.results.protectionAnswer[protection.status])}</strong>`);
    expect(html).toContain(`<strong>${escapeHtml(r.results.infectionAnswer[infection.status])}</strong>`);
  });

  it('labels evidence, fixes, reasons, statuses and the connection table as the screens do', () => {
    expect(html).toContain(`<strong>${escapeHtml(r.results.evidence)}</strong>`);
    expect(html).toContain(`<strong>${escapeHtml(r.results.howToFix)}</strong>`);
    for (const status of new Set(report.checks.map((c) => c.status))) expect(html).toContain(`>${escapeHtml(r.common.status[status])}</span>`);
    expect(html).toContain(`${escapeHtml(r.results.checkedAt.replace(': {{date}}', ''))}: `);
    const c = r.connections;
    expect(html).toContain(`<h2>${escapeHtml(c.title)}</h2>`);
    expect(html).toContain(`<th>${escapeHtml(c.col.process)}</th><th>${escapeHtml(c.col.path)}</th><th>${escapeHtml(c.col.remote)}</th><th>${escapeHtml(c.col.why)}</th>`);
    const unread = renderReportHtml({ ...report, connections: null }, lang);
    expect(unread).toContain(escapeHtml(c.unreadable));
    const unchecked = structuredClone(report);
    unchecked.checks[0] = { ...unchecked.checks[0]!, status: 'unknown', reason: { kind: 'parse', text: { en: 'x', ja: 'x' } } };
    expect(renderReportHtml(unchecked, lang)).toContain(`<strong>${escapeHtml(r.results.reason)}:</strong>`);
    const noTime = renderReportHtml({ ...report, capturedAt: null }, lang);
    expect(noTime).toContain(escapeHtml(r.results.notRecorded));
  });

  it('leaves out how to fix a check that passed, as the screen does', () => {
    const fixed = structuredClone(report);
    fixed.checks = [{ ...fixed.checks[0]!, status: 'pass', remediation: [{ en: 'Turn it on.', ja: 'オンにします。' }] }, { ...fixed.checks[0]!, id: 'FAILED-1', status: 'fail', remediation: [{ en: 'Turn it on.', ja: 'オンにします。' }] }];
    const sections = renderReportHtml(fixed, lang).split('<div class="check">').slice(1);
    expect(sections[0]).not.toContain(escapeHtml(r.results.howToFix));
    expect(sections[1]).toContain(escapeHtml(r.results.howToFix));
  });

  it('calls botcheck\'s own lists by the name Settings uses, with the same word for version', () => {
    const name = r.settings.signatures;
    const version = r.settings.version.replace(': {{v}}', '');
    expect(html).toContain(`${name}: ${lang === 'en' ? version.toLowerCase() : version} ${escapeHtml(report.signatures.version)}`);
    const texts = [MESSAGES.signaturesUpdated('2026.12.01'), MESSAGES.signaturesUpdateFailed({ en: 'no server', ja: 'サーバーなし' }), SIGNATURE_NOTES.stale(40)].map((m) => m[lang]);
    for (const text of texts) expect(text.toLowerCase()).toContain(name.toLowerCase());
    expect(MESSAGES.signaturesUpdated('2026.12.01')[lang]).toContain(lang === 'en' ? 'version 2026.12.01' : 'バージョン 2026.12.01');
    expect(SIGNATURE_NOTES.stale(40)[lang]).toContain(r.settings.update);
    for (const text of [...texts, html]) expect(text).not.toMatch(/定義データ|Signatures|signatures|版 /);
  });
});
