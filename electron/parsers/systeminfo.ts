import { notUnderstood, parsed, type ParseResult } from './parse-result';

/**
 * `systeminfo`, English and Japanese Windows. Every label is localized (`OS Name:` / `OS 名:`,
 * `OS Version:` / `OS バージョン:`), the label column is as wide as the longest label of that
 * language and version, and the version line reads `10.0.22631 N/A Build 22631` or
 * `10.0.22000 N/A ビルド 22000`. Only the OS name and version are read: nothing else in it is
 * needed, and its dates follow the regional format (`24-09-2022, 10:17:48 AM`, `2014/05/15, 14:44:59`).
 * A Japanese console writes CP932: saved and read as anything else, the labels turn into
 * replacement characters and the text is not understood rather than misread.
 */
export interface SystemInfo {
  /** As printed, e.g. "Microsoft Windows 11 Pro". */
  osName: string;
  /** Major.minor.build, e.g. "10.0.22631". */
  version: string;
  build: string;
}

const NAME_LABELS = ['OS Name:', 'OS 名:'];
const VERSION_LABELS = ['OS Version:', 'OS バージョン:'];

function valueOf(lines: string[], labels: string[]): string | null {
  for (const line of lines) {
    const label = labels.find((l) => line.startsWith(l));
    if (label) return line.slice(label.length).trim();
  }
  return null;
}

export function parseSystemInfo(text: string): ParseResult<SystemInfo> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const osName = valueOf(lines, NAME_LABELS);
  const versionLine = valueOf(lines, VERSION_LABELS);
  if (osName === null || versionLine === null) {
    return notUnderstood(text.includes('\uFFFD')
      ? 'no "OS Name:" / "OS 名:" line, and the text holds characters lost to a wrong text encoding (save the output as UTF-8)'
      : 'no "OS Name:" and "OS Version:" lines (English and Japanese Windows are read)');
  }
  if (`${osName}${versionLine}`.includes('\uFFFD')) return notUnderstood('the OS name or version holds characters lost to a wrong text encoding');
  const version = /^(\d+\.\d+\.(\d+))(?:\s|$)/.exec(versionLine);
  if (!osName || !version) return notUnderstood(`OS version "${versionLine}" not readable`);
  return parsed({ osName, version: version[1]!, build: version[2]! });
}
