import { lastAtOrBefore } from '../../../electron/shared/sorted-search';
import type { TimeZoneId } from './notice-draft';

/** A date a pasted notice states, as written and in the form's terms. */
export interface FoundDate {
  /** The words of the notice, so the user can see what was read. */
  text: string;
  precision: 'month' | 'date' | 'full';
  /** "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss]": what the form's date inputs take. */
  value: string;
  /** The notice gave no year (OCN: 「不正通信遮断月:1月」), so its latest occurrence up to today was taken. */
  yearAssumed: boolean;
  /** The zone written right after the time, if any. */
  zone: TimeZoneId | null;
  /**
   * On a mail header line (Date:, Sent:, 送信日時: …) of a pasted mail: when the mail was sent, not
   * when the traffic was seen, so never taken for the latter.
   */
  mailSent: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(?<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)`;

/**
 * "JST", "MESZ", "UTC+9": the tokens notices use (notices.md §2: Telekom "MESZ", Virgin Media "GMT").
 * Spaces are counted ({0,3}) in all these patterns: open-ended runs side by side would make a long
 * blank paste take seconds.
 */
const ZONE_WORD = String.raw`(?<![A-Za-z])(?:JST|UTC|GMT|MESZ|MEZ|CEST|CET)(?:\s{0,3}[+-]\s{0,3}\d{1,2}(?::?\d{2})?)?(?![A-Za-z])|日本時間`;
const TIME = String.raw`(?<ampm>午前|午後)?\s{0,3}(?<h>\d{1,2})(?::(?<mi>\d{2})(?::(?<s>\d{2}))?|時(?:\s{0,3}(?<mj>\d{1,2})分(?:\s{0,3}(?<sj>\d{1,2})秒)?)?)(?:\s{0,3}(?<ap>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?(?:\s{0,3}Uhr)?`;
const ZONE_AFTER_TIME = String.raw`(?:\s{0,3}\(?\s{0,3}(?<zone>${ZONE_WORD})\s{0,3}\)?|\s{0,3}(?<offset>Z(?![A-Za-z])|[+-]\d{2}:?\d{2}))?`;
/** Between a date and its time: a weekday in brackets, "T", 「の」, "at", "um", a comma or spaces. */
const DATE_TIME_GAP = String.raw`(?:\s{0,3}\([^)\n]{1,6}\))?\s{0,3}(?:(?:T|の|,|at|um)\s{0,3})?`;
const TIME_TAIL = `(?:${DATE_TIME_GAP}${TIME}${ZONE_AFTER_TIME})?`;

interface DateForm {
  pattern: string;
  precision: 'month' | 'date';
}

/** Slashed dates with the day or the month first (01/02/2021) are left out: which is which cannot be told. */
const FORMS: DateForm[] = [
  { pattern: String.raw`(?<y>\d{4})[/-](?<mo>\d{1,2})[/-](?<d>\d{1,2})(?!\d)`, precision: 'date' },
  { pattern: String.raw`(?<y>\d{4})年\s{0,3}(?<mo>\d{1,2})月\s{0,3}(?<d>\d{1,2})日`, precision: 'date' },
  { pattern: String.raw`(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>\d{4})(?!\d)`, precision: 'date' },
  { pattern: String.raw`(?<d>\d{1,2})\.?\s{1,3}${MONTH_NAME}\.?,?\s{1,3}(?<y>\d{4})(?!\d)`, precision: 'date' },
  { pattern: String.raw`${MONTH_NAME}\.?\s{1,3}(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?<y>\d{4})(?!\d)`, precision: 'date' },
  { pattern: String.raw`(?<mo>\d{1,2})月\s{0,3}(?<d>\d{1,2})日`, precision: 'date' },
  { pattern: String.raw`(?<y>\d{4})年\s{0,3}(?<mo>\d{1,2})月(?!\s{0,3}\d{1,2}日)`, precision: 'month' },
  { pattern: String.raw`${MONTH_NAME}\.?\s{1,3}(?<y>\d{4})(?!\d)`, precision: 'month' },
  { pattern: String.raw`(?<mo>\d{1,2})月(?!\s{0,3}\d{1,2}日)`, precision: 'month' },
];

const REGEXES = FORMS.map((f) => ({ ...f, re: new RegExp(String.raw`(?<![\d.])${f.pattern}${f.precision === 'date' ? TIME_TAIL : ''}`, 'giu') }));

const pad = (n: number): string => String(n).padStart(2, '0');

function zoneOf(word: string): TimeZoneId | null {
  const offset = /[+-]\s*(\d{1,2})(?::?(\d{2}))?/.exec(word);
  if (offset) {
    const hours = Number(offset[1]) + Number(offset[2] ?? 0) / 60;
    if (hours === 9 && word.includes('+')) return 'Asia/Tokyo';
    return hours === 0 ? 'UTC' : null;
  }
  if (/JST|日本時間/.test(word)) return 'Asia/Tokyo';
  if (/UTC|GMT|^Z$/.test(word)) return 'UTC';
  return /MESZ|MEZ|CEST|CET/.test(word) ? 'Europe/Berlin' : null;
}

function monthNumber(g: Record<string, string | undefined>): number {
  if (g.mon) return MONTHS.indexOf(g.mon.slice(0, 3).toLowerCase()) + 1;
  return Number(g.mo);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Notices report the past: a date without a year is its latest occurrence up to today. */
function assumeYear(month: number, day: number, now: Date): number {
  const later = month > now.getMonth() + 1 || (month === now.getMonth() + 1 && day > now.getDate());
  return now.getFullYear() - (later ? 1 : 0);
}

function timeOf(g: Record<string, string | undefined>): string | null {
  if (g.h === undefined) return null;
  let hour = Number(g.h);
  const minute = Number(g.mi ?? g.mj ?? 0);
  const second = g.s ?? g.sj;
  const pm = g.ampm === '午後' || g.ap?.toLowerCase() === 'p';
  const am = g.ampm === '午前' || g.ap?.toLowerCase() === 'a';
  if ((pm || am) && hour > 12) return null;
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || (second !== undefined && Number(second) > 59)) return null;
  return `${pad(hour)}:${pad(minute)}${second !== undefined ? `:${pad(Number(second))}` : ''}`;
}

/** A header line of a pasted or forwarded mail, after any quoting ("> "), in the languages of notices.md. */
const HEADER_LINE = /^[>\s]{0,8}(?:[A-Za-z][A-Za-z-]{1,30}|送信日時|受信日時|日付|差出人|宛先|件名|送信者)\s{0,3}[:：]/;
/** Lines that make a block of header lines a mail's header: its sender or subject. */
const MAIL_HEADER_MARK = /^[>\s]{0,8}(?:from|subject|von|betreff|差出人|件名|送信者)\s{0,3}[:：]/i;
/** The header lines that carry the mail's own dates (Outlook 「送信日時:」, Gmail 「日付:」, German 「Gesendet:」). */
const MAIL_DATE_HEADER = /^[>\s]{0,8}(?:date|sent|received|delivery-date|resent-date|x-received|datum|gesendet|送信日時|受信日時|日付)\s{0,3}[:：]/i;

/**
 * The lines of every mail header in a paste, each with whether the header it belongs to carries the
 * mail's own date (a folded value goes on in indented lines). A mail header is a run of header lines
 * naming a sender or a subject: a notice's own body may say 「送信日時：」 or "Date:" for the traffic it
 * saw (X-ARF reports do), and those lines stand among the report's fields, not next to From:.
 */
function mailHeaders(lines: readonly string[]): Map<number, boolean> {
  const headers = new Map<number, boolean>();
  let run: [number, boolean][] = [];
  const close = (): void => {
    if (run.some(([i]) => MAIL_HEADER_MARK.test(lines[i]!))) for (const [i, date] of run) headers.set(i, date);
    run = [];
  };
  lines.forEach((line, i) => {
    if (HEADER_LINE.test(line)) run.push([i, MAIL_DATE_HEADER.test(line)]);
    else if (run.length > 0 && /^[ \t]/.test(line) && line.trim() !== '') run.push([i, run.at(-1)![1]]);
    else close();
  });
  close();
  return headers;
}

/** For a position in the text: undefined outside a mail header, else whether its header carries the mail's own date. */
function mailHeaderAt(text: string): (index: number) => boolean | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const headers = mailHeaders(lines);
  return (index) => headers.get(lastAtOrBefore(starts, index));
}

function toFound(match: RegExpExecArray, form: DateForm, now: Date, mailSent: boolean): FoundDate | null {
  const g = match.groups ?? {};
  const month = monthNumber(g);
  const day = form.precision === 'date' ? Number(g.d) : 1;
  if (month < 1 || month > 12 || day < 1) return null;
  const year = g.y ? Number(g.y) : assumeYear(month, day, now);
  if (year < 2000 || year > now.getFullYear() + 1 || day > daysIn(year, month)) return null;
  const base = `${year}-${pad(month)}`;
  const yearAssumed = !g.y;
  if (form.precision === 'month') return { text: match[0], precision: 'month', value: base, yearAssumed, zone: null, mailSent };
  const time = timeOf(g);
  if (time === null) {
    // No time, or something that is not one ("25:99"): the date alone.
    const dateText = new RegExp(`^${form.pattern}`, 'iu').exec(match[0])?.[0] ?? match[0];
    return { text: dateText, precision: 'date', value: `${base}-${pad(day)}`, yearAssumed, zone: null, mailSent };
  }
  const zoneWord = g.zone ?? g.offset;
  return { text: match[0].trim(), precision: 'full', value: `${base}-${pad(day)}T${time}`, yearAssumed, zone: zoneWord ? zoneOf(zoneWord) : null, mailSent };
}

/** Every date in the text, in reading order; where two readings overlap the longer one wins. */
export function findDates(text: string, now: Date): FoundDate[] {
  const hits: { index: number; end: number; found: FoundDate }[] = [];
  const header = mailHeaderAt(text);
  for (const form of REGEXES) {
    for (const match of text.matchAll(form.re)) {
      const found = toFound(match, form, now, header(match.index) === true);
      if (found) hits.push({ index: match.index, end: match.index + match[0].length, found });
    }
  }
  hits.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: typeof hits = [];
  for (const hit of hits) if (!kept.some((k) => hit.index < k.end && k.index < hit.end)) kept.push(hit);
  return kept.map((k) => k.found);
}

/** Every zone the text names, once each, in reading order; not a pasted mail's header (its own sending time's zone). */
export function findZones(text: string): TimeZoneId[] {
  const header = mailHeaderAt(text);
  const zones = [...text.matchAll(new RegExp(ZONE_WORD, 'gu'))]
    .filter((m) => header(m.index) === undefined)
    .map((m) => zoneOf(m[0]))
    .filter((z): z is TimeZoneId => z !== null);
  return [...new Set(zones)];
}
