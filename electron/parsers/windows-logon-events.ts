import { z } from 'zod';
import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { psDate } from './ps-json';
import { psList } from './ps-values';

/** One logon event as the `failedLogons` section projects it from the event XML (electron/probes/windows/sections/failed-logons.ts). */
const eventSchema = z.object({
  TimeCreated: z.unknown(),
  TargetUserName: z.string().nullable(),
  IpAddress: z.string().nullable(),
  LogonType: z.union([z.string(), z.number()]).nullable(),
});

const sectionSchema = z.object({
  /** The cap on events per query: a full list means older events were left out. */
  MaxEvents: z.number().int().positive(),
  /** TimeCreated of the oldest record still in the Security log; null when the log is empty. */
  OldestEventAt: z.unknown(),
  /** Event 4625 (failed logon) of the 7 days before the capture, newest first. */
  Failed: z.unknown(),
  /** Event 4624 (logon), types 3 and 10, from addresses that failed, newest first. */
  Accepted: z.unknown(),
});

/** The properties this parser reads; the section's Select-Object lists name exactly these. */
export const LOGON_SECTION_FIELDS = Object.keys(sectionSchema.shape);
export const LOGON_EVENT_FIELDS = Object.keys(eventSchema.shape);

export interface LogonEvent {
  /** ISO 8601 UTC. */
  at: string;
  user: string | null;
  /** Source address; null for '-' (a local logon). IPv4-mapped IPv6 is written as IPv4. */
  address: string | null;
  /** 2 interactive, 3 network (file sharing, and Remote Desktop's NLA step), 10 Remote Desktop … */
  logonType: number | null;
}

export interface LogonEvents {
  maxEvents: number;
  oldestEventAt: string | null;
  failed: LogonEvent[];
  accepted: LogonEvent[];
}

/** Windows PowerShell 5.1 may wrap an array as {"value": [...], "Count": n}. */
function list(value: unknown): unknown[] {
  const wrapped = value as { value?: unknown; Count?: unknown } | null;
  if (wrapped && typeof wrapped === 'object' && !Array.isArray(wrapped) && Array.isArray(wrapped.value) && typeof wrapped.Count === 'number') return wrapped.value;
  return psList(value);
}

function text(value: string | null): string | null {
  const t = value?.trim() ?? '';
  return t === '' || t === '-' ? null : t;
}

function events(value: unknown, what: string): ParseResult<LogonEvent[]> {
  const out: LogonEvent[] = [];
  for (const [i, item] of list(value).entries()) {
    const row = eventSchema.safeParse(item);
    if (!row.success) return notUnderstood(`${what} ${i}: ${row.error.issues[0]?.path.join('.')} ${row.error.issues[0]?.message}`);
    const at = psDate(row.data.TimeCreated);
    if (!at) return notUnderstood(`${what} ${i}: TimeCreated is not a date`);
    const type = row.data.LogonType === null ? null : Number(row.data.LogonType);
    out.push({
      at,
      user: text(row.data.TargetUserName),
      address: text(row.data.IpAddress)?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1') ?? null,
      logonType: type !== null && Number.isInteger(type) ? type : null,
    });
  }
  return parsed(out);
}

export function parseLogonEventsSection(value: unknown): ParseResult<LogonEvents> {
  // A list that is not there must not read as "no failed logons".
  const missing = LOGON_SECTION_FIELDS.find((k) => !value || typeof value !== 'object' || !(k in value));
  if (missing) return notUnderstood(`no ${missing} in the section`);
  const checked = sectionSchema.safeParse(value);
  if (!checked.success) return notUnderstood(`${checked.error.issues[0]?.path.join('.')} ${checked.error.issues[0]?.message}`);
  const failed = events(checked.data.Failed, 'failed logon');
  if (!failed.ok) return failed;
  const accepted = events(checked.data.Accepted, 'logon');
  if (!accepted.ok) return accepted;
  const oldest = checked.data.OldestEventAt;
  const oldestEventAt = oldest === null || oldest === undefined ? null : psDate(oldest);
  if (oldest !== null && oldest !== undefined && !oldestEventAt) return notUnderstood('OldestEventAt is not a date');
  return parsed({ maxEvents: checked.data.MaxEvents, oldestEventAt, failed: failed.value, accepted: accepted.value });
}
