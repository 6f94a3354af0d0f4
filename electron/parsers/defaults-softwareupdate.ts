import { notUnderstood, parsed, type ParseResult } from './parse-result';

/**
 * `defaults read /Library/Preferences/com.apple.SoftwareUpdate`: the old-style plist `defaults`
 * prints. Booleans come as 1/0, YES/NO or True/False depending on who wrote them. A key that is
 * absent means the Mac uses its built-in default, which is not printed and so stays null here.
 */
export interface SoftwareUpdatePrefs {
  /** "Check for updates". */
  automaticCheck: boolean | null;
  /** "Download new updates when available". */
  automaticDownload: boolean | null;
  /** "Install macOS updates". */
  installMacOSUpdates: boolean | null;
  /** "Install Security Responses and system files": rapid security responses and critical fixes. */
  criticalUpdateInstall: boolean | null;
  /** The system-data half of the same switch: XProtect, Gatekeeper and MRT data. */
  configDataInstall: boolean | null;
  /** When the last check for updates succeeded, ISO 8601. */
  lastSuccessfulCheckAt: string | null;
  /** How many recommended updates the last check found. */
  recommendedUpdatesAvailable: number | null;
}

const BOOLS: Record<string, boolean> = { '1': true, yes: true, true: true, '0': false, no: false, false: false };
const DATE = /^"?(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})"?$/;

/** The top-level `Key = value;` pairs; nested arrays and dictionaries are skipped. */
function topLevel(lines: string[]): Map<string, string> | string {
  const values = new Map<string, string>();
  let depth = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (depth === 0) {
      const m = /^("[^"]*"|[\w.-]+)\s*=\s*(.*?);?$/.exec(trimmed);
      if (!m) return `line not understood: "${trimmed.slice(0, 80)}"`;
      const value = m[2]!;
      if (value === '(' || value === '{') depth = 1;
      else values.set(m[1]!.replace(/^"|"$/g, ''), value);
      continue;
    }
    if (/^[({]\s*$/.test(trimmed) || /=\s*[({]$/.test(trimmed)) depth++;
    else if (/^[)}];?,?$/.test(trimmed)) depth--;
  }
  return depth === 0 ? values : 'a nested value is not closed';
}

function bool(values: Map<string, string>, key: string): boolean | null {
  const v = values.get(key);
  return v === undefined ? null : BOOLS[v.replace(/"/g, '').toLowerCase()] ?? null;
}

export function parseDefaultsSoftwareUpdate(text: string): ParseResult<SoftwareUpdatePrefs> {
  const lines = text.split(/\r?\n/);
  const open = lines.findIndex((l) => l.trim() === '{');
  if (open < 0) return notUnderstood('no "{" starting the preferences');
  const close = lines.findIndex((l, i) => i > open && l.trim() === '}' && l.indexOf('}') === lines[open]!.indexOf('{'));
  if (close < 0) return notUnderstood('the preferences are cut off (no closing "}")');
  const values = topLevel(lines.slice(open + 1, close));
  if (typeof values === 'string') return notUnderstood(values);
  const date = DATE.exec(values.get('LastSuccessfulDate') ?? '');
  const count = values.get('LastRecommendedUpdatesAvailable');
  return parsed({
    automaticCheck: bool(values, 'AutomaticCheckEnabled'),
    automaticDownload: bool(values, 'AutomaticDownload'),
    installMacOSUpdates: bool(values, 'AutomaticallyInstallMacOSUpdates'),
    criticalUpdateInstall: bool(values, 'CriticalUpdateInstall'),
    configDataInstall: bool(values, 'ConfigDataInstall'),
    lastSuccessfulCheckAt: date ? new Date(`${date[1]}T${date[2]}${date[3]}:${date[4]}`).toISOString() : null,
    recommendedUpdatesAvailable: count !== undefined && /^\d+$/.test(count) ? Number(count) : null,
  });
}
