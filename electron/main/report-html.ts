import type { CheckResult, HeadlineResult, Lang, LocalizedText, Report, Status } from '../shared/types';
import { REPORT_CSP } from './csp';

/**
 * A report as one self-contained HTML file: no scripts, no external resources, its own CSP, every
 * value from the report escaped (hostnames, process names and paths come from the scanned machine
 * and may hold anything). The same page is printed to PDF.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The same words as the app's screens (renderer/src/i18n), so a printed report reads like the screen. */
const LABELS = {
  title: { en: 'botcheck report', ja: 'botcheck レポート' },
  protection: { en: 'Is this PC protected?', ja: 'この PC は守られていますか?' },
  infection: { en: 'Are there signs of a bot on this PC?', ja: 'この PC にボット感染の兆候はありますか?' },
  host: { en: 'Computer', ja: 'コンピューター' },
  captured: { en: 'Checked at', ja: 'チェックした日時' },
  threatData: { en: 'Threat data', ja: '脅威データ' },
  version: { en: 'version', ja: 'バージョン' },
  supportCode: { en: 'Support code', ja: 'サポートコード' },
  checks: { en: 'Checks', ja: 'チェックした項目' },
  evidence: { en: 'What was checked', ja: '確認した内容' },
  fix: { en: 'How to fix it', ja: '直し方' },
  reason: { en: 'Why it could not be checked', ja: '確認できなかった理由' },
  connections: { en: 'Connections', ja: '通信の一覧' },
  process: { en: 'Program', ja: 'プログラム' },
  unknownProcess: { en: '(unknown program)', ja: '(不明なプログラム)' },
  path: { en: 'Location', ja: '場所' },
  remote: { en: 'Other computer (address:port)', ja: '通信相手 (アドレス:ポート)' },
  flagged: { en: 'Why it is flagged', ja: '要注意の理由' },
  connectionsUnknown: { en: 'The list of connections could not be read.', ja: '通信の一覧を読み取れませんでした。' },
  unknownTime: { en: 'time not recorded', ja: '日時の記録なし' },
} satisfies Record<string, LocalizedText>;

const STATUS: Record<Status, LocalizedText> = {
  pass: { en: 'OK', ja: '問題なし' },
  warn: { en: 'Needs attention', ja: '注意' },
  fail: { en: 'Problem', ja: '問題あり' },
  unknown: { en: 'Could not check', ja: '確認できず' },
  not_applicable: { en: 'Does not apply', ja: '対象外' },
  manual: { en: 'Your answer needed', ja: '回答してください' },
};

/** The plain answer under each headline question, as the results screen gives it. */
const ANSWERS: Record<'protection' | 'infection', Record<Status, LocalizedText>> = {
  protection: {
    pass: { en: 'Yes, it is protected', ja: 'はい、守られています' },
    warn: { en: 'Mostly, but something needs attention', ja: 'おおむね守られていますが、注意が必要な点があります' },
    fail: { en: 'No, it is not protected', ja: 'いいえ、守られていません' },
    unknown: { en: 'We could not tell', ja: '判断できませんでした' },
    not_applicable: { en: 'Does not apply', ja: '対象外です' },
    manual: { en: 'Please answer the questions', ja: '質問に答えてください' },
  },
  infection: {
    pass: { en: 'No signs were found', ja: '兆候は見つかりませんでした' },
    warn: { en: 'Possibly: please check', ja: '兆候の可能性があります。確認してください' },
    fail: { en: 'Yes, signs were found', ja: 'はい、兆候が見つかりました' },
    unknown: { en: 'We could not tell', ja: '判断できませんでした' },
    not_applicable: { en: 'Does not apply', ja: '対象外です' },
    manual: { en: 'Please answer the questions', ja: '質問に答えてください' },
  },
};

const STYLE = `body{font-family:system-ui,sans-serif;margin:2em;color:#111;line-height:1.5}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}
.headline{border:2px solid #888;border-radius:6px;padding:.6em 1em;margin:.6em 0}
.status{font-weight:bold;padding:0 .4em;border-radius:4px}
.s-pass{background:#d8f5d8}.s-warn{background:#fff2c2}.s-fail{background:#ffd6d6}.s-unknown{background:#e4e4e4}.s-not_applicable,.s-manual{background:#e8eefc}
.check{border-top:1px solid #ccc;padding:.6em 0;break-inside:avoid}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top;word-break:break-all}
code{font-size:1.2em;letter-spacing:.1em}`;

function t(text: LocalizedText, lang: Lang): string {
  return escapeHtml(text[lang]);
}

function badge(status: Status, lang: Lang): string {
  return `<span class="status s-${escapeHtml(status)}">${t(STATUS[status] ?? STATUS.unknown, lang)}</span>`;
}

function headlineSection(kind: 'protection' | 'infection', headline: HeadlineResult, lang: Lang): string {
  return `<div class="headline"><h2>${t(LABELS[kind], lang)}</h2><p>${badge(headline.status, lang)} <strong>${t(ANSWERS[kind][headline.status] ?? ANSWERS[kind].unknown, lang)}</strong></p><p>${t(headline.summary, lang)}</p></div>`;
}

function checkSection(check: CheckResult, lang: Lang): string {
  const parts = [`<div class="check"><h3>${escapeHtml(check.id)} ${t(check.title, lang)} ${badge(check.status, lang)}</h3>`, `<p>${t(check.message, lang)}</p>`];
  if (check.reason) parts.push(`<p><strong>${t(LABELS.reason, lang)}:</strong> ${t(check.reason.text, lang)}</p>`);
  if (check.evidence.length > 0) parts.push(`<p><strong>${t(LABELS.evidence, lang)}</strong></p><ul>${check.evidence.map((e) => `<li>${t(e.text, lang)}</li>`).join('')}</ul>`);
  if (check.remediation.length > 0 && check.status !== 'pass') parts.push(`<p><strong>${t(LABELS.fix, lang)}</strong></p><ol>${check.remediation.map((r) => `<li>${t(r, lang)}</li>`).join('')}</ol>`);
  parts.push('</div>');
  return parts.join('');
}

function connectionsSection(report: Report, lang: Lang): string {
  if (!report.connections) return `<p>${t(LABELS.connectionsUnknown, lang)}</p>`;
  const rows = report.connections.map(
    (c) =>
      `<tr><td>${c.process === null ? t(LABELS.unknownProcess, lang) : escapeHtml(c.process)}${c.pid !== null ? ` (${escapeHtml(c.pid)})` : ''}</td><td>${escapeHtml(c.path ?? '')}</td><td>${escapeHtml(c.protocol)} ${escapeHtml(c.remoteAddress)}${c.remotePort !== null ? `:${escapeHtml(c.remotePort)}` : ''}</td><td>${c.flags.map((f) => `${escapeHtml(f.check)}: ${t(f.text, lang)}`).join('<br>')}</td></tr>`,
  );
  return `<table><thead><tr><th>${t(LABELS.process, lang)}</th><th>${t(LABELS.path, lang)}</th><th>${t(LABELS.remote, lang)}</th><th>${t(LABELS.flagged, lang)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function dateText(iso: string | null, lang: Lang): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return t(LABELS.unknownTime, lang);
  return escapeHtml(new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC');
}

export function renderReportHtml(report: Report, lang: Lang): string {
  const { protection, infection } = report.headlines;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="referrer" content="no-referrer">
<title>${t(LABELS.title, lang)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${t(LABELS.title, lang)}</h1>
<p>${t(LABELS.host, lang)}: ${escapeHtml(report.host.hostname ?? '')} (${escapeHtml(report.host.os ?? report.host.platform)})<br>
${t(LABELS.captured, lang)}: ${dateText(report.capturedAt, lang)}<br>
${t(LABELS.threatData, lang)}: ${t(LABELS.version, lang)} ${escapeHtml(report.signatures.version)} (${escapeHtml(report.signatures.date)})<br>
${t(LABELS.supportCode, lang)}: <code>${escapeHtml(report.supportCode)}</code></p>
${headlineSection('protection', protection, lang)}
${headlineSection('infection', infection, lang)}
<h2>${t(LABELS.checks, lang)}</h2>
${report.checks.map((c) => checkSection(c, lang)).join('\n')}
<h2>${t(LABELS.connections, lang)}</h2>
${connectionsSection(report, lang)}
</body>
</html>
`;
}
