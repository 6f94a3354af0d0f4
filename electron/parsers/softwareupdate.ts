import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** One update `softwareupdate -l` offers. */
export interface SoftwareUpdateItem {
  /** The label `softwareupdate -i` takes: "macOS Ventura 13.6-22G120". */
  label: string;
  /** "macOS Ventura 13.6", "Safari". */
  title: string;
  version: string | null;
  /** Size in KiB ("K" in old releases, "KiB" since Ventura); null when not shown. */
  sizeKiB: number | null;
  recommended: boolean | null;
  /** Installing it restarts the Mac ("Action: restart", "[restart]"). */
  restart: boolean;
}

export interface SoftwareUpdateList {
  items: SoftwareUpdateItem[];
}

const NONE = 'No new software available.';
const FOUND = 'Software Update found the following new or updated software:';

/** 10.15+: `* Label: <label>` then a tab-indented `Title: …, Version: …, Size: …K|KiB, Recommended: YES|NO, Action: restart, `. */
const NEW_LABEL = /^\* Label: (.+?)\s*$/;
/** Up to 10.14: `- <label>` or `* <label>` (`*` = recommended), then an indented `<title> (<version>), <size>K [recommended] [restart]`. */
const OLD_LABEL = /^ {0,3}([*-]) (.+?)\s*$/;
const OLD_DETAIL = /^\s+(.+?) \(([^()]*)\), (\d+)K((?: \[\w+\])*)\s*$/;

function field(detail: string, key: string): string | null {
  const m = new RegExp(`(?:^|, )${key}: (.*?)(?:, (?:Title|Version|Size|Recommended|Action|Deferred):|,\\s*$|$)`).exec(detail);
  return m ? m[1]!.trim() : null;
}

function newItem(label: string, detail: string): SoftwareUpdateItem | string {
  const title = field(detail, 'Title');
  const size = field(detail, 'Size');
  const recommended = field(detail, 'Recommended');
  // Every real detail line has Title, Version, Size and Recommended and ends in ", "; a paste cut short does not.
  if (!title || !size || !recommended || !/,\s*$/.test(detail)) return `details of ${label} are cut off`;
  const sizeMatch = /^(\d+)(K|KiB)$/.exec(size);
  if (!sizeMatch) return `size "${size}" of ${label} not understood`;
  return {
    label,
    title,
    version: field(detail, 'Version'),
    sizeKiB: Number(sizeMatch[1]),
    recommended: recommended === 'YES',
    restart: field(detail, 'Action') === 'restart',
  };
}

function oldItem(label: string, marker: string, detail: string): SoftwareUpdateItem | string {
  const m = OLD_DETAIL.exec(detail);
  if (!m) return `details of ${label} not understood`;
  const tags = m[4]!;
  return {
    label,
    title: m[1]!,
    version: m[2] || null,
    sizeKiB: Number(m[3]),
    recommended: marker === '*' || tags.includes('[recommended]'),
    restart: tags.includes('[restart]'),
  };
}

/**
 * `softwareupdate -l` with stderr after stdout ("No new software available." goes to stderr).
 * Prompts and the "Software Update Tool" banner around the list are skipped; an item whose detail
 * line is missing (a cut paste) makes the whole output not understood.
 */
export function parseSoftwareUpdateList(text: string): ParseResult<SoftwareUpdateList> {
  const lines = text.split(/\r?\n/);
  const none = lines.some((l) => l.trim() === NONE);
  const start = lines.findIndex((l) => l.trim() === FOUND);
  if (start < 0) return none ? parsed({ items: [] }) : notUnderstood(`neither "${NONE}" nor a list of updates`);
  if (none) return notUnderstood('both "no new software" and a list of updates');
  const items: SoftwareUpdateItem[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    const label = NEW_LABEL.exec(line);
    if (label) {
      if (!/^\s+Title: /.test(next)) return notUnderstood(`no details after "${line.trim()}"`);
      const item = newItem(label[1]!, next.replace(/^\s+/, ''));
      if (typeof item === 'string') return notUnderstood(item);
      items.push(item);
      i++;
      continue;
    }
    const old = OLD_LABEL.exec(line);
    if (!old) continue;
    if (!/^\s+\S/.test(next)) return notUnderstood(`no details after "${line.trim()}"`);
    const item = oldItem(old[2]!, old[1]!, next);
    if (typeof item === 'string') return notUnderstood(item);
    items.push(item);
    i++;
  }
  if (items.length === 0) return notUnderstood('the list of updates is empty or cut off');
  return parsed({ items });
}
