/**
 * Values as PowerShell's ConvertTo-Json writes them. Windows PowerShell 5.1: DateTime as
 * "\/Date(1700000000000)\/" (ms since the epoch, UTC) and a Get-Date object as
 * {"value": "\/Date(…)\/", "DateTime": "…"}; PowerShell 7: ISO 8601. Enums are numbers in both.
 */
const MS_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/** ISO 8601 UTC for any of PowerShell's date forms; null for anything else (including the 1601/zero dates Windows uses for "never"). */
export function psDate(value: unknown): string | null {
  if (value && typeof value === 'object' && 'value' in value) return psDate((value as { value: unknown }).value);
  if (typeof value !== 'string') return null;
  const ms = MS_DATE.exec(value.trim());
  const time = ms ? Number(ms[1]) : /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(time) || time <= 0) return null;
  return new Date(time).toISOString();
}
