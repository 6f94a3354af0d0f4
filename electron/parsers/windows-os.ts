import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { psDate } from './ps-json';
import { field, isRecord, psInt, psText } from './ps-values';

/**
 * The `os` section: Win32_OperatingSystem plus HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion.
 * Caption names Windows 11 correctly (the registry's ProductName still says "Windows 10" there);
 * DisplayVersion ("23H2") exists from Windows 10 20H2 on, ReleaseId ("1909") before; UBR is the
 * patch level after the build ("22631.4460").
 */
export interface WindowsOsInfo {
  caption: string;
  version: string;
  build: string;
  architecture: string | null;
  lastBootAt: string | null;
  displayVersion: string | null;
  ubr: number | null;
  /** "Core", "Professional", "Enterprise", "EnterpriseS" (LTSC), "ServerStandard" …; null when not read. */
  editionId: string | null;
}

/** The properties the `os` section builds; the parser reads exactly these. */
export const WINDOWS_OS_FIELDS = ['Caption', 'Version', 'BuildNumber', 'OSArchitecture', 'LastBootUpTime', 'DisplayVersion', 'ReleaseId', 'UBR', 'EditionID'] as const;

export function readWindowsOs(value: unknown): ParseResult<WindowsOsInfo> {
  if (!isRecord(value)) return notUnderstood('not an object');
  const caption = psText(field(value, 'Caption'));
  const version = psText(field(value, 'Version'));
  const build = psText(field(value, 'BuildNumber'));
  if (!caption || !version || !build || !/^\d+$/.test(build)) return notUnderstood('Caption, Version or BuildNumber missing');
  return parsed({
    caption,
    version,
    build,
    architecture: psText(field(value, 'OSArchitecture')),
    lastBootAt: psDate(field(value, 'LastBootUpTime')),
    displayVersion: psText(field(value, 'DisplayVersion')) ?? psText(field(value, 'ReleaseId')),
    ubr: psInt(field(value, 'UBR')),
    editionId: psText(field(value, 'EditionID')),
  });
}
