import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan';
import { escapeHtml, renderReportHtml } from '../../electron/main/report-html';
import type { Report } from '../../electron/shared/types';
import { loadSignatures } from '../../electron/signatures/load';

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
    expect(html).toContain('Is my PC protected?');
    expect(html).toContain('Any signs of a bot?');
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
