import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { parseFormatList } from './ps-format-list';
import { field, isRecord, psList, psText } from './ps-values';
import type { ProfileName } from './netsh-advfirewall';

/**
 * `Get-NetFirewallProfile` objects. ConvertTo-Json writes the enums as numbers (Enabled is a
 * GpoBoolean: 0 False, 1 True, 2 NotConfigured; the actions: 0 NotConfigured, 2 Allow, 4 Block);
 * Format-List prints their names. NotConfigured means the store read does not set the value, so
 * Windows' default applies (firewall on, inbound blocked) unless another store sets it: the local
 * store shows NotConfigured actions even where Group Policy decides, which is why the section
 * reads `-PolicyStore ActiveStore`.
 */
export interface FirewallProfileState {
  profile: ProfileName;
  /** null for NotConfigured. */
  enabled: boolean | null;
  inbound: FirewallAction;
  outbound: FirewallAction;
}

export type FirewallAction = 'block' | 'allow' | 'not-configured';

/** The properties the `firewallProfiles` section selects; the parser reads exactly these. */
export const NET_FIREWALL_PROFILE_FIELDS = ['Name', 'Enabled', 'DefaultInboundAction', 'DefaultOutboundAction'] as const;

const ENABLED: Record<string, boolean | null> = { '0': false, '1': true, '2': null, false: false, true: true, notconfigured: null };
const ACTION: Record<string, FirewallAction> = { '0': 'not-configured', '2': 'allow', '4': 'block', notconfigured: 'not-configured', allow: 'allow', block: 'block' };

function key(value: unknown): string | null {
  return psText(value)?.toLowerCase() ?? (typeof value === 'boolean' ? String(value) : null);
}

export function readNetFirewallProfiles(value: unknown): ParseResult<FirewallProfileState[]> {
  const profiles: FirewallProfileState[] = [];
  for (const item of psList(value)) {
    if (!isRecord(item)) return notUnderstood('a profile is not an object');
    const name = psText(field(item, 'Name'))?.toLowerCase();
    if (name !== 'domain' && name !== 'private' && name !== 'public') return notUnderstood(`unknown profile name "${String(field(item, 'Name'))}"`);
    const enabled = key(field(item, 'Enabled'));
    const inbound = key(field(item, 'DefaultInboundAction'));
    const outbound = key(field(item, 'DefaultOutboundAction'));
    if (enabled === null || !(enabled in ENABLED)) return notUnderstood(`${name}: Enabled is "${String(field(item, 'Enabled'))}"`);
    if (inbound === null || !(inbound in ACTION)) return notUnderstood(`${name}: DefaultInboundAction is "${String(field(item, 'DefaultInboundAction'))}"`);
    if (outbound === null || !(outbound in ACTION)) return notUnderstood(`${name}: DefaultOutboundAction is "${String(field(item, 'DefaultOutboundAction'))}"`);
    profiles.push({ profile: name, enabled: ENABLED[enabled]!, inbound: ACTION[inbound]!, outbound: ACTION[outbound]! });
  }
  if (profiles.length === 0) return notUnderstood('no firewall profile');
  return parsed(profiles);
}

/** A hand-made file: `Get-NetFirewallProfile -PolicyStore ActiveStore | ConvertTo-Json`, or the list the cmdlet prints. */
export function parseNetFirewallProfileText(text: string): ParseResult<FirewallProfileState[]> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return notUnderstood('empty output');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      return readNetFirewallProfiles(JSON.parse(trimmed));
    } catch (err) {
      return notUnderstood(`not valid JSON (${(err as Error).message})`);
    }
  }
  const list = parseFormatList(trimmed);
  if (list.strayLines.length > 0) return notUnderstood(`unexpected line "${list.strayLines[0]}"`);
  return readNetFirewallProfiles(list.records);
}
