import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** `sw_vers`: `Key:<tabs>value` lines. Not localised: the same English keys on a Japanese Mac. */
export interface SwVers {
  /** "macOS", or "Mac OS X" up to 10.15; null when the paste left the line out. */
  productName: string | null;
  /** "15.7.9", "10.13" (two parts happen), "26.1". */
  productVersion: string;
  buildVersion: string | null;
  /** "(a)" while a Rapid Security Response is installed on top of productVersion. */
  productVersionExtra: string | null;
}

const LINE = /^\s*(ProductName|ProductVersion|ProductVersionExtra|BuildVersion):[ \t]*(.*?)\s*$/;
const VERSION = /^\d+(\.\d+)*$/;

export function parseSwVers(text: string): ParseResult<SwVers> {
  const seen = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    const before = seen.get(key);
    if (before !== undefined && before !== value) return notUnderstood(`two different ${key} lines ("${before}", "${value}")`);
    seen.set(key, value);
  }
  const version = seen.get('ProductVersion');
  if (version === undefined) return notUnderstood('no "ProductVersion:" line');
  if (!VERSION.test(version)) return notUnderstood(`ProductVersion "${version}" is not a version number`);
  const extra = seen.get('ProductVersionExtra') || null;
  if (extra !== null && !/^\([a-z]\)$/.test(extra)) return notUnderstood(`ProductVersionExtra "${extra}" not understood`);
  return parsed({ productName: seen.get('ProductName') || null, productVersion: version, buildVersion: seen.get('BuildVersion') || null, productVersionExtra: extra });
}
