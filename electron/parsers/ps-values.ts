/**
 * Reading PowerShell objects after ConvertTo-Json (or after Format-List, see ps-format-list.ts).
 * Property names are case-insensitive in PowerShell: `Get-HotFix` names a property HotFixID, a
 * `Select-Object HotFixId` writes it as typed. Booleans arrive as JSON booleans, or as the words
 * True/False when the value was read from Format-List text.
 */
export type PsRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is PsRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(record: PsRecord, name: string): unknown {
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

export function hasField(record: PsRecord, name: string): boolean {
  return field(record, name) !== undefined;
}

export function psBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (/^true$/i.test(value.trim())) return true;
    if (/^false$/i.test(value.trim())) return false;
  }
  return null;
}

export function psInt(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

/** A non-empty string (numbers as their text); null for empty, null and anything else. */
export function psText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/**
 * A list in any of the shapes Windows PowerShell 5.1 gives one: an array; a single object where
 * ConvertTo-Json dropped the array around one item; `{"value": [...], "Count": n}` for an array
 * wrapped in a PSObject; "" for an empty collection held in a PSCustomObject property; null.
 */
export function psList(value: unknown): unknown[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value.value) && 'Count' in value) return value.value;
  return [value];
}
