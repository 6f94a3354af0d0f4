import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { parseFormatList } from './ps-format-list';
import { psDate } from './ps-json';
import { field, hasField, isRecord, psBool, psInt, psText, type PsRecord } from './ps-values';

/**
 * Microsoft Defender Antivirus as `Get-MpComputerStatus` reports it. Read from the inventory's
 * `defender` section (ConvertTo-Json of a Select-Object of MP_STATUS_FIELDS), from a hand-made
 * `Get-MpComputerStatus | ConvertTo-Json`, or from the plain list the cmdlet prints.
 */
export interface MpComputerStatus {
  serviceEnabled: boolean;
  antivirusEnabled: boolean;
  realTimeProtection: boolean;
  /** "Normal", "Passive Mode", "SxS Passive Mode", "EDR Block Mode", "Not running"; null on builds before the property existed. */
  runningMode: string | null;
  /** ISO 8601; null when never updated or not readable. */
  signaturesUpdatedAt: string | null;
  /** Days since the signatures were built, as Defender counts them; null for "never" (4294967295). */
  signatureAgeDays: number | null;
  /** null for the 0.0.0.0 Defender shows when it has no signatures. */
  signatureVersion: string | null;
  engineVersion: string | null;
  /** Defender's own verdict (DefenderSignaturesOutOfDate); null on builds without it. */
  signaturesOutOfDate: boolean | null;
  tamperProtected: boolean | null;
}

/** The properties the `defender` section selects; the parser reads exactly these. */
export const MP_STATUS_FIELDS = [
  'AMServiceEnabled',
  'AntivirusEnabled',
  'RealTimeProtectionEnabled',
  'AMRunningMode',
  'AntivirusSignatureLastUpdated',
  'AntivirusSignatureAge',
  'AntivirusSignatureVersion',
  'DefenderSignaturesOutOfDate',
  'IsTamperProtected',
  'AMEngineVersion',
] as const;

/** UInt32.MaxValue: Defender's "never" for ages. */
const NEVER = 4294967295;
const REQUIRED = ['AMServiceEnabled', 'AntivirusEnabled', 'RealTimeProtectionEnabled'] as const;

/**
 * Format-List dates follow the machine's culture. Only forms that cannot be misread are taken:
 * year first (ja-JP `2021/03/15 23:21:23`), or day/month when one part is above 12. The clock is
 * the machine's local time, read as UTC (at most a day off). Otherwise null: the age in days says it.
 */
function cultureDate(text: string): string | null {
  const ymd = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\s*([AP]M))?$/i.exec(text);
  let y: number, mo: number, d: number, h: number;
  let rest: [string, string];
  if (ymd) {
    [y, mo, d, h] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), Number(ymd[4])];
    rest = [ymd[5]!, ymd[6]!];
  } else if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    if (a <= 12 && b <= 12 && a !== b) return null;
    [mo, d] = a > 12 ? [b, a] : [a, b];
    y = Number(dmy[3]);
    const hour = Number(dmy[4]);
    h = dmy[7] ? (hour % 12) + (dmy[7].toUpperCase() === 'PM' ? 12 : 0) : hour;
    rest = [dmy[5]!, dmy[6]!];
  } else {
    return null;
  }
  // Text output shows the PC's local time.
  const date = new Date(y, mo - 1, d, h, Number(rest[0]), Number(rest[1]));
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.toISOString();
}

function dateOf(value: unknown): string | null {
  return psDate(value) ?? (typeof value === 'string' ? cultureDate(value.trim()) : null);
}

export function readMpComputerStatus(value: unknown): ParseResult<MpComputerStatus> {
  if (!isRecord(value)) return notUnderstood('not a Get-MpComputerStatus object');
  return fromRecord(value);
}

function fromRecord(r: PsRecord): ParseResult<MpComputerStatus> {
  const missing = REQUIRED.filter((k) => !hasField(r, k));
  if (missing.length > 0) return notUnderstood(`${missing.join(', ')} missing (output cut off?)`);
  const serviceEnabled = psBool(field(r, 'AMServiceEnabled'));
  const antivirusEnabled = psBool(field(r, 'AntivirusEnabled'));
  const realTimeProtection = psBool(field(r, 'RealTimeProtectionEnabled'));
  if (serviceEnabled === null || antivirusEnabled === null || realTimeProtection === null) {
    return notUnderstood(`${REQUIRED.join('/')} are not True/False`);
  }
  const age = psInt(field(r, 'AntivirusSignatureAge'));
  const version = psText(field(r, 'AntivirusSignatureVersion'));
  return parsed({
    serviceEnabled,
    antivirusEnabled,
    realTimeProtection,
    runningMode: psText(field(r, 'AMRunningMode')),
    signaturesUpdatedAt: dateOf(field(r, 'AntivirusSignatureLastUpdated')),
    signatureAgeDays: age === null || age === NEVER ? null : age,
    signatureVersion: version === '0.0.0.0' ? null : version,
    engineVersion: psText(field(r, 'AMEngineVersion')),
    signaturesOutOfDate: psBool(field(r, 'DefenderSignaturesOutOfDate')),
    tamperProtected: psBool(field(r, 'IsTamperProtected')),
  });
}

/** A hand-made file: `Get-MpComputerStatus | ConvertTo-Json`, or the list the cmdlet prints by itself. */
export function parseMpComputerStatusText(text: string): ParseResult<MpComputerStatus> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return notUnderstood('empty output');
  if (trimmed.startsWith('{')) {
    try {
      return readMpComputerStatus(JSON.parse(trimmed));
    } catch (err) {
      return notUnderstood(`not valid JSON (${(err as Error).message})`);
    }
  }
  const list = parseFormatList(trimmed);
  if (list.records.length !== 1) return notUnderstood(list.records.length === 0 ? 'no "Name : value" lines' : 'more than one object');
  if (list.strayLines.length > 0) return notUnderstood(`unexpected line "${list.strayLines[0]}" (output cut off or edited?)`);
  return fromRecord(list.records[0]!);
}
