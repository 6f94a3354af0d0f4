import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { field, isRecord, psBool, psList, psText } from './ps-values';

/**
 * The `browsers` section: the browser executables found at their usual install paths and App Paths,
 * with the product version from their version resource, Firefox's update channel (its
 * defaults\pref\channel-prefs.js: "esr" for the extended-support branch), and whether
 * iexplore.exe runs now.
 */
export type WindowsBrowserName = 'edge' | 'chrome' | 'firefox' | 'ie';

export interface WindowsBrowserFile {
  name: WindowsBrowserName;
  path: string;
  /** ProductVersion as the file states it; null when it has none. */
  version: string | null;
  /** Firefox update channel ("release", "esr"); null elsewhere. */
  channel: string | null;
}

export interface WindowsBrowsers {
  files: WindowsBrowserFile[];
  ieRunning: boolean;
}

/** The properties the `browsers` section builds: the object, and each file in Files; the parser reads exactly these. */
export const BROWSERS_FIELDS = ['Files', 'IeRunning'] as const;
export const BROWSER_FILE_FIELDS = ['Name', 'Path', 'ProductVersion', 'Channel'] as const;

const NAMES = new Set<WindowsBrowserName>(['edge', 'chrome', 'firefox', 'ie']);

export function readWindowsBrowsers(value: unknown): ParseResult<WindowsBrowsers> {
  if (!isRecord(value)) return notUnderstood('not an object');
  const ieRunning = psBool(field(value, 'IeRunning'));
  if (ieRunning === null) return notUnderstood('IeRunning is not True/False');
  const files: WindowsBrowserFile[] = [];
  for (const item of psList(field(value, 'Files'))) {
    if (!isRecord(item)) return notUnderstood('a browser entry is not an object');
    const name = psText(field(item, 'Name')) as WindowsBrowserName | null;
    const path = psText(field(item, 'Path'));
    if (!name || !NAMES.has(name) || !path) return notUnderstood('a browser entry has no known Name or no Path');
    // Old IE builds append the build label: "11.00.9600.16428 (winblue_gdr.131013-1700)".
    const version = psText(field(item, 'ProductVersion'))?.split(/\s/)[0] ?? null;
    files.push({ name, path, version, channel: psText(field(item, 'Channel')) });
  }
  return parsed({ files, ieRunning });
}
