import { CHECKS } from '../checks/index';
import type { SupportCodeDecoded } from '../shared/ipc';
import type { LocalizedText, Platform, Report, Status } from '../shared/types';
import { headlineStatus } from './headlines';

/**
 * The short code a caller reads out on the phone: every check's status packed into Crockford base32
 * (no I, L, O, U: nothing to mishear), in groups of four, with a Luhn mod 32 check character at the
 * end so a misread character is caught. The check order is frozen per version: a new check means a
 * new version, and old codes still decode.
 */
const VERSIONS: Record<number, readonly string[]> = {
  1: [
    'AV-001', 'AV-002', 'MAN-001', 'MAIL-001', 'MAN-002', 'WEB-001', 'GK-001', 'BRW-001', 'BRW-002', 'MAN-003',
    'FW-001', 'UPD-001', 'UPD-002', 'UPD-003', 'UPD-004', 'UPD-005', 'EXP-001', 'EXP-002', 'EXP-003', 'EXP-004',
    'P2P-001', 'NET-001', 'NET-002', 'NET-003', 'NET-004', 'LOG-001', 'SIG-001',
  ],
};
export const CURRENT_VERSION = 1;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const STATUS_CODES: (Status | 'absent')[] = ['pass', 'warn', 'fail', 'unknown', 'not_applicable', 'manual', 'absent'];
const PLATFORMS: Platform[] = ['linux', 'win32', 'darwin'];

function luhn32(symbols: string): string {
  let sum = 0;
  let double = true;
  for (let i = symbols.length - 1; i >= 0; i--) {
    let v = ALPHABET.indexOf(symbols[i]!);
    if (double) {
      v *= 2;
      v = Math.floor(v / 32) + (v % 32);
    }
    sum += v;
    double = !double;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

function toSymbols(value: bigint, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out = ALPHABET[Number(value & 31n)]! + out;
    value >>= 5n;
  }
  return out;
}

function symbolCount(version: number): number {
  return Math.ceil((2 + 3 * VERSIONS[version]!.length) / 5);
}

export function encodeSupportCode(report: Pick<Report, 'host' | 'checks'>, version = CURRENT_VERSION): string {
  const ids = VERSIONS[version]!;
  let value = BigInt(PLATFORMS.indexOf(report.host.platform));
  for (const id of ids) {
    const status = report.checks.find((c) => c.id === id)?.status ?? 'absent';
    value = (value << 3n) | BigInt(STATUS_CODES.indexOf(status));
  }
  const body = `${String(version).padStart(2, '0')}${toSymbols(value, symbolCount(version))}`;
  const full = body + luhn32(body);
  return full.match(/.{1,4}/g)!.join('-');
}

/** Crockford's reading rules: O→0, I/L→1, case and separators do not matter. */
function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function decodeSupportCode(code: string): SupportCodeDecoded | { error: LocalizedText } {
  const text = normalise(code);
  if (!/^[0-9A-Z]+$/.test(text) || [...text].some((c) => !ALPHABET.includes(c))) {
    return { error: { en: 'The code has characters that are not used in support codes.', ja: 'サポートコードに使われない文字が含まれています。' } };
  }
  const version = Number(text.slice(0, 2));
  const ids = VERSIONS[version];
  if (!ids) return { error: { en: `Unknown support code version ${text.slice(0, 2)}.`, ja: `不明なサポートコードの版 ${text.slice(0, 2)} です。` } };
  const expected = 2 + symbolCount(version) + 1;
  if (text.length !== expected) return { error: { en: `A version ${version} code has ${expected} characters; this one has ${text.length}.`, ja: `版 ${version} のコードは ${expected} 文字ですが、${text.length} 文字あります。` } };
  if (luhn32(text.slice(0, -1)) !== text.at(-1)) return { error: { en: 'The check character does not match: a character was misread.', ja: 'チェック文字が一致しません。どこかの文字の読み違いです。' } };
  let value = 0n;
  for (const c of text.slice(2, -1)) value = (value << 5n) | BigInt(ALPHABET.indexOf(c));
  const checks: SupportCodeDecoded['checks'] = [];
  for (let i = ids.length - 1; i >= 0; i--) {
    const status = STATUS_CODES[Number(value & 7n)];
    value >>= 3n;
    if (status === undefined) return { error: { en: 'The code does not decode to valid statuses.', ja: 'コードを正しい状態に戻せません。' } };
    if (status !== 'absent') checks.unshift({ id: ids[i]!, status });
  }
  const platform = PLATFORMS[Number(value & 3n)];
  if (!platform) return { error: { en: 'The code does not decode to a known OS.', ja: 'コードから OS を判別できません。' } };
  const under = (headline: 'protection' | 'infection'): Status[] => checks.filter((c) => CHECKS.find((d) => d.id === c.id)?.headline === headline).map((c) => c.status);
  return {
    version,
    platform,
    checks,
    headlines: {
      protection: headlineStatus(under('protection')),
      infection: headlineStatus(under('infection')),
    },
  };
}
