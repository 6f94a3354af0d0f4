import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { parseFormatList } from './ps-format-list';
import { field, isRecord, psInt, psList, psText } from './ps-values';

/**
 * Products registered with Windows Security Center (root/SecurityCenter2 AntiVirusProduct,
 * AntiSpywareProduct, FirewallProduct). The namespace exists on Windows client editions only.
 *
 * productState is a bit field that Microsoft documents as internal (the WSC API, iwscapi.h, is the
 * supported way). The community decoding used here is the one monitoring tools share:
 * - 0xF000 product state: 0x0000 off, 0x1000 on, 0x2000 snoozed, 0x3000 expired
 *   (the values of WSC_SECURITY_PRODUCT_STATE, iwscapi.h, shifted into these bits);
 * - 0x0F00 owner: 0x0100 Microsoft (Windows Defender), 0x0000 another vendor;
 * - 0x00F0 signatures: 0x00 up to date, 0x10 out of date (WSC_SECURITY_SIGNATURE_STATUS);
 * - the bits above 0xFFFF carry the product type and are not read.
 * Examples: 397568 = 0x61100 Defender on, current; 393472 = 0x60100 Defender off (another product
 * is active); 266240 = 0x41000 another vendor's product on, current; 397584 = 0x61110 Defender on,
 * signatures out of date.
 * Sources: mcpforlife.com/2020/04/14/how-to-resolve-this-state-value-of-av-providers;
 * wortell/PSHelpers src/Public/Add-ProductStates.ps1; MicrosoftDocs/sdk-api
 * ne-iwscapi-wsc_security_product_state.md and ne-iwscapi-wsc_security_signature_status.md;
 * mondoohq/cnquery providers/os/resources/windows/security_products.go (same masks).
 */
export type ProductRunState = 'on' | 'off' | 'snoozed' | 'expired';

export interface SecurityCenterProduct {
  name: string;
  productState: number;
  /** null when the state bits hold a value outside the four known ones. */
  state: ProductRunState | null;
  microsoft: boolean;
  signaturesUpToDate: boolean;
  /** pathToSignedProductExe: an executable path, or "windowsdefender://" for Defender. */
  path: string | null;
  /** When the product last reported to Security Center, ISO 8601. */
  reportedAt: string | null;
}

/** The properties the SecurityCenter2 sections select; the parser reads exactly these. */
export const SECURITY_CENTER_FIELDS = ['displayName', 'productState', 'timestamp', 'pathToSignedProductExe'] as const;

const STATES: Record<number, ProductRunState> = { 0x0000: 'off', 0x1000: 'on', 0x2000: 'snoozed', 0x3000: 'expired' };

export function decodeProductState(productState: number): Pick<SecurityCenterProduct, 'state' | 'microsoft' | 'signaturesUpToDate'> {
  return {
    state: STATES[productState & 0xf000] ?? null,
    microsoft: (productState & 0x0f00) === 0x0100,
    signaturesUpToDate: (productState & 0x00f0) === 0x00,
  };
}

function product(value: unknown, index: number): ParseResult<SecurityCenterProduct> {
  if (!isRecord(value)) return notUnderstood(`item ${index + 1} is not an object`);
  const name = psText(field(value, 'displayName'));
  const productState = psInt(field(value, 'productState'));
  if (!name || productState === null || productState < 0) return notUnderstood(`item ${index + 1} has no displayName or numeric productState`);
  const stamp = psText(field(value, 'timestamp'));
  const reportedAt = stamp && !Number.isNaN(Date.parse(stamp)) ? new Date(Date.parse(stamp)).toISOString() : null;
  return parsed({ name, productState, ...decodeProductState(productState), path: psText(field(value, 'pathToSignedProductExe')), reportedAt });
}

/** A section value or ConvertTo-Json output: one object, an array, or nothing (no product registered). */
export function readSecurityCenterProducts(value: unknown): ParseResult<SecurityCenterProduct[]> {
  const products: SecurityCenterProduct[] = [];
  for (const [i, item] of psList(value).entries()) {
    const one = product(item, i);
    if (!one.ok) return one;
    products.push(one.value);
  }
  return parsed(products);
}

/** A hand-made file: `… AntiVirusProduct | ConvertTo-Json`, or the list Get-CimInstance / Get-WmiObject print. */
export function parseSecurityCenterProductsText(text: string): ParseResult<SecurityCenterProduct[]> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return notUnderstood('empty output');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return readSecurityCenterProducts(JSON.parse(trimmed));
    } catch (err) {
      return notUnderstood(`not valid JSON (${(err as Error).message})`);
    }
  }
  const list = parseFormatList(trimmed);
  if (list.records.length === 0) return notUnderstood('no "displayName : …" lists');
  if (list.strayLines.length > 0) return notUnderstood(`unexpected line "${list.strayLines[0]}"`);
  return readSecurityCenterProducts(list.records);
}
