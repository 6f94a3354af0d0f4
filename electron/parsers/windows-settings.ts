import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { psDate } from './ps-json';
import { field, isRecord, psBool, psInt, psText } from './ps-values';

/**
 * Registry values the `explorer`, `smartScreen` and `updateSettings` sections read. A value that
 * is not set arrives as null: what Windows does then is the fact source's business.
 */
export interface ExplorerSettings {
  /** HKCU …\Explorer\Advanced HideFileExt: 1 hides known extensions, 0 shows them. */
  hideFileExt: number | null;
}

export interface SmartScreenSettings {
  /** Policy HKLM\SOFTWARE\Policies\Microsoft\Windows\System EnableSmartScreen: 0 off, 1 on. */
  policyEnabled: number | null;
  /** Policy ShellSmartScreenLevel: "Warn" or "Block". */
  policyLevel: string | null;
  /** HKLM …\CurrentVersion\Explorer SmartScreenEnabled, the Windows Security switch: "Off", "Warn", "Prompt", "RequireAdmin" … */
  explorerSetting: string | null;
}

export interface UpdateSettings {
  /** The WindowsUpdate\Auto Update\RebootRequired key exists. */
  rebootRequired: boolean;
  /** The Component Based Servicing\RebootPending key exists. */
  rebootPending: boolean;
  /** Policy …\WindowsUpdate\AU NoAutoUpdate (1 = automatic updates off). */
  noAutoUpdate: number | null;
  /** Policy AUOptions: 2 notify, 3 download and notify, 4 download and install, 5 local choice, 7 notify to install. */
  auOptions: number | null;
  /** Settings → Windows Update "Pause updates": HKLM\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings PauseUpdatesExpiryTime, ISO 8601. */
  pausedUntil: string | null;
  /** Start type of the wuauserv service (4 = disabled). */
  serviceStart: number | null;
  /** Windows Update Agent (Microsoft.Update.AutoUpdate).Results.LastSearchSuccessDate, ISO 8601. */
  lastSearchAt: string | null;
}

/** Properties each section builds; each parser reads exactly these. */
export const EXPLORER_FIELDS = ['HideFileExt'] as const;
export const SMART_SCREEN_FIELDS = ['EnableSmartScreen', 'ShellSmartScreenLevel', 'SmartScreenEnabled'] as const;
export const UPDATE_SETTINGS_FIELDS = ['RebootRequired', 'RebootPending', 'NoAutoUpdate', 'AUOptions', 'PauseUpdatesExpiryTime', 'WuauservStart', 'LastSearchSuccessDate'] as const;

export function readExplorerSettings(value: unknown): ParseResult<ExplorerSettings> {
  if (!isRecord(value)) return notUnderstood('not an object');
  return parsed({ hideFileExt: psInt(field(value, 'HideFileExt')) });
}

export function readSmartScreenSettings(value: unknown): ParseResult<SmartScreenSettings> {
  if (!isRecord(value)) return notUnderstood('not an object');
  return parsed({
    policyEnabled: psInt(field(value, 'EnableSmartScreen')),
    policyLevel: psText(field(value, 'ShellSmartScreenLevel')),
    explorerSetting: psText(field(value, 'SmartScreenEnabled')),
  });
}

/** PauseUpdatesExpiryTime is a string the Settings app writes ("2024-01-10T08:15:00Z"). */
function isoText(value: unknown): string | null {
  const text = psText(value);
  if (!text || Number.isNaN(Date.parse(text))) return null;
  return new Date(Date.parse(text)).toISOString();
}

export function readUpdateSettings(value: unknown): ParseResult<UpdateSettings> {
  if (!isRecord(value)) return notUnderstood('not an object');
  const rebootRequired = psBool(field(value, 'RebootRequired'));
  const rebootPending = psBool(field(value, 'RebootPending'));
  if (rebootRequired === null || rebootPending === null) return notUnderstood('RebootRequired/RebootPending are not True/False');
  return parsed({
    rebootRequired,
    rebootPending,
    noAutoUpdate: psInt(field(value, 'NoAutoUpdate')),
    auOptions: psInt(field(value, 'AUOptions')),
    pausedUntil: isoText(field(value, 'PauseUpdatesExpiryTime')),
    serviceStart: psInt(field(value, 'WuauservStart')),
    lastSearchAt: psDate(field(value, 'LastSearchSuccessDate')),
  });
}
