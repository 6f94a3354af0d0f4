import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { psDate } from './ps-json';
import { field, isRecord, psList, psText } from './ps-values';

/**
 * Installed Windows updates (Win32_QuickFixEngineering): `Get-HotFix` as JSON (the `hotfixes`
 * section, or a hand-made `Get-HotFix | ConvertTo-Json`), or the table `wmic qfe` prints.
 * Get-HotFix gives InstalledOn as a date (PowerShell 5.1: {"value": "\/Date(ms)\/", "DateTime": …});
 * wmic prints the stored text, which is M/d/yyyy whatever the machine's language, or a hex
 * FILETIME on some systems (not read: null).
 */
export interface Hotfix {
  id: string;
  description: string | null;
  /** Local midnight of the install day, ISO 8601; null when not recorded. */
  installedOn: string | null;
}

/** The properties the `hotfixes` section selects; the parser reads exactly these. */
export const HOTFIX_FIELDS = ['HotFixID', 'Description', 'InstalledOn'] as const;

export function readHotfixes(value: unknown): ParseResult<Hotfix[]> {
  const hotfixes: Hotfix[] = [];
  for (const item of psList(value)) {
    if (!isRecord(item)) return notUnderstood('an update is not an object');
    const id = psText(field(item, 'HotFixID'));
    if (!id) return notUnderstood('an update has no HotFixID');
    hotfixes.push({ id, description: psText(field(item, 'Description')), installedOn: psDate(field(item, 'InstalledOn')) });
  }
  return parsed(hotfixes);
}

/** wmic's M/d/yyyy as local midnight of that day, as Get-HotFix gives it. */
function usDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const date = new Date(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
  return date.getDate() === Number(m[2]) ? date.toISOString() : null;
}

/** `wmic qfe get Caption,Description,HotFixID,InstalledOn`: columns start where their headings start. */
function fromWmicTable(lines: string[]): ParseResult<Hotfix[]> {
  const headerIndex = lines.findIndex((l) => /\bHotFixID\b/.test(l) && /\bInstalledOn\b/.test(l));
  if (headerIndex < 0) return notUnderstood('no Get-HotFix JSON and no wmic table with HotFixID and InstalledOn columns');
  const header = lines[headerIndex]!;
  const starts = [...header.matchAll(/\S+/g)].map((m) => ({ name: m[0], at: m.index! }));
  const cell = (line: string, name: string): string => {
    const i = starts.findIndex((s) => s.name === name);
    if (i < 0) return '';
    return line.slice(starts[i]!.at, starts[i + 1]?.at ?? line.length).trim();
  };
  const hotfixes: Hotfix[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    if (line.trim() === '') continue;
    const id = cell(line, 'HotFixID');
    if (!/^KB\d+$/i.test(id)) return notUnderstood(`row without a KB number: "${line.trim()}"`);
    hotfixes.push({ id, description: cell(line, 'Description') || null, installedOn: usDate(cell(line, 'InstalledOn')) });
  }
  return parsed(hotfixes);
}

export function parseHotfixText(text: string): ParseResult<Hotfix[]> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return notUnderstood('empty output');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      return readHotfixes(JSON.parse(trimmed));
    } catch (err) {
      return notUnderstood(`not valid JSON (${(err as Error).message})`);
    }
  }
  return fromWmicTable(trimmed.split(/\r?\n/));
}
