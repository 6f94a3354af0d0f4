import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { parseXmlPlist } from './xml-plist';

/** One entry of /Library/Receipts/InstallHistory.plist: what macOS lists under System Information → Installations. */
export interface InstallRecord {
  /** "XProtectPlistConfigData", "macOS 15.2", "Safari", "OS X". */
  name: string;
  version: string | null;
  /** ISO 8601 UTC. */
  date: string;
  /** "softwareupdated", "Installer", "OS X Installer", "appstoreagent" … */
  processName: string | null;
  /** "config-data" for Apple's background security data (XProtect, MRT, Gatekeeper). */
  contentType: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The install history as `plutil -convert xml1 -o - /Library/Receipts/InstallHistory.plist` prints it. */
export function parseInstallHistory(text: string): ParseResult<InstallRecord[]> {
  const plist = parseXmlPlist(text);
  if (!plist.ok) return plist;
  if (!Array.isArray(plist.value)) return notUnderstood('the install history is not an array');
  const records: InstallRecord[] = [];
  for (const [i, entry] of plist.value.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return notUnderstood(`entry ${i} is not a dictionary`);
    const name = str(entry.displayName);
    const date = str(entry.date);
    if (!name || !date || !ISO.test(date)) return notUnderstood(`entry ${i} has no displayName or date`);
    records.push({ name, version: str(entry.displayVersion), date: new Date(date).toISOString(), processName: str(entry.processName), contentType: str(entry.contentType) });
  }
  return parsed(records);
}
