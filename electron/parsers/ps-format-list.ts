import type { PsRecord } from './ps-values';

/**
 * PowerShell's Format-List text (what `Get-MpComputerStatus`, `Get-CimInstance …` or
 * `Get-NetFirewallProfile` print when nothing is piped after them): `Name : value` lines, one
 * blank line between objects. The key column width differs between versions; a value too long for
 * the console continues on the next line, indented to the value column. Lines before the first
 * `Name : value` line (a prompt, the command) are skipped.
 */
export interface FormatList {
  records: PsRecord[];
  /** Lines inside the records that are neither `Name : value` nor a continuation (e.g. "<SNIP>"). */
  strayLines: string[];
}

const ENTRY = /^([A-Za-z_][A-Za-z0-9_]*)\s*:(?: (.*))?$/;

export function parseFormatList(text: string): FormatList {
  const records: PsRecord[] = [];
  const strayLines: string[] = [];
  let current: PsRecord | null = null;
  let lastKey: string | null = null;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      current = null;
      lastKey = null;
      continue;
    }
    const entry = ENTRY.exec(line);
    if (entry) {
      if (!current) {
        current = {};
        records.push(current);
      }
      lastKey = entry[1]!;
      current[lastKey] = (entry[2] ?? '').trim();
      continue;
    }
    if (current && lastKey && /^\s+\S/.test(line)) {
      current[lastKey] = `${String(current[lastKey])}${line.trim()}`;
      continue;
    }
    if (records.length > 0) strayLines.push(line.trim());
  }
  return { records, strayLines };
}
