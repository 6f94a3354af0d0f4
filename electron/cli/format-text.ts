import type { TFunction } from 'i18next';
import { CHECKS } from '../checks/index';
import type { SupportCodeDecoded } from '../shared/ipc';
import type { CheckResult, Lang, Report, Status } from '../shared/types';

const ITEM_LABEL: Record<string, string> = { exposure: 'exp', p2p: 'p2p', net: 'net', logs: 'log' };

function itemLabel(item: string): string {
  return ITEM_LABEL[item] ?? `(${item})`;
}

export function statusLabel(t: TFunction, status: Status): string {
  return t(`status_${status}`);
}

function formatTime(iso: string | null, lang: Lang, t: TFunction): string {
  if (!iso) return t('unknownTime');
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
}

function formatCheck(check: CheckResult, lang: Lang, t: TFunction): string[] {
  const lines = [`${itemLabel(check.item).padEnd(4)} ${check.id.padEnd(8)} [${statusLabel(t, check.status)}] ${check.title[lang]}`];
  lines.push(`              ${check.message[lang]}`);
  for (const e of check.evidence) lines.push(`              - ${e.text[lang]}`);
  if (check.question && check.status === 'manual') {
    lines.push(`              ${t('question')} ${check.question.text[lang]}`);
    lines.push(`              ${check.question.answers.map((a) => `${a.id} = ${a.label[lang]}`).join(' / ')}`);
    lines.push(`              ${t('answerWith', { id: check.id, answer: check.question.answers[0]!.id })}`);
  }
  if (check.remediation.length > 0 && check.status !== 'manual') {
    lines.push(`              ${t('howToFix')}`);
    check.remediation.forEach((step, i) => lines.push(`                ${i + 1}. ${step[lang]}`));
  }
  return lines;
}

/** The readable report: two headlines first, then every check with its evidence and fixes. */
export function formatText(report: Report, lang: Lang, t: TFunction): string {
  const out: string[] = [];
  out.push(
    t('title', {
      version: report.tool.version,
      mode: t(`mode_${report.mode}`),
      host: report.host.hostname ?? '-',
      os: report.host.os ?? t('unknownOs'),
      time: formatTime(report.capturedAt, lang, t),
    }),
  );
  const sig = t('signatures', { version: report.signatures.version, date: report.signatures.date });
  out.push(report.signatures.extra.length ? `${sig} ${t('signaturesExtra', { dirs: report.signatures.extra.join(', ') })}` : sig);
  out.push('');
  for (const kind of ['protection', 'infection'] as const) {
    const h = report.headlines[kind];
    out.push(`${t(kind)}  [${statusLabel(t, h.status)}]  ${h.summary[lang]}`);
  }
  out.push(t('supportCode', { code: report.supportCode }));
  out.push('');
  for (const check of report.checks) {
    out.push(...formatCheck(check, lang, t));
    out.push('');
  }
  return out.join('\n');
}

/** A decoded support code, as a helpdesk reads it back. */
export function formatDecoded(decoded: SupportCodeDecoded, lang: Lang, t: TFunction): string {
  const out = [t('decodedTitle', { version: decoded.version, platform: decoded.platform })];
  for (const kind of ['protection', 'infection'] as const) out.push(`${t(kind)}  [${statusLabel(t, decoded.headlines[kind])}]`);
  out.push('');
  for (const c of decoded.checks) {
    const title = CHECKS.find((d) => d.id === c.id)?.title[lang] ?? '';
    out.push(`${c.id.padEnd(9)} [${statusLabel(t, c.status)}] ${title}`);
  }
  return `${out.join('\n')}\n`;
}
