import type { FirewallLayer } from '../shared/facts';
import { parseNetFirewallProfileText, readNetFirewallProfiles, type FirewallAction, type FirewallProfileState } from '../parsers/net-firewall-profile';
import { parseNetshAdvfirewall, type NetshProfile, type ProfileName } from '../parsers/netsh-advfirewall';
import { parsed, type ParseResult } from '../parsers/parse-result';
import { readSecurityCenterProducts, type SecurityCenterProduct } from '../parsers/security-center-product';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY } from './windows-inventory';
import { sectionOrFiles } from './windows-read';
import { localDay } from '../shared/local-day';

const NETSH_FILE = 'windows.netsh-firewall';
const PROFILES_FILE = 'windows.firewall-profiles';
const PROBES = [INVENTORY, PROFILES_FILE, NETSH_FILE] as const;
const ORDER: ProfileName[] = ['domain', 'private', 'public'];
const LABEL: Record<ProfileName, string> = { domain: 'Domain', private: 'Private', public: 'Public' };

/** One profile, whichever way it was read. */
interface Profile {
  profile: ProfileName;
  /** null: not configured in the store read (Windows' default is on). */
  on: boolean | null;
  inbound: 'block' | 'allow' | 'not-configured' | null;
  shown: string;
}

/** Get-NetFirewallProfile's own property names and values, so the detail reads the same in every language. */
const ACTION_SHOWN: Record<FirewallAction, string> = { block: 'Block', allow: 'Allow', 'not-configured': 'NotConfigured' };

function fromCmdlet(p: FirewallProfileState): Profile {
  const enabled = p.enabled === null ? 'NotConfigured' : p.enabled ? 'True' : 'False';
  const shown = `${LABEL[p.profile]} Enabled=${enabled} DefaultInboundAction=${ACTION_SHOWN[p.inbound]}`;
  return { profile: p.profile, on: p.enabled, inbound: p.inbound, shown };
}

function fromNetsh(p: NetshProfile): Profile {
  const inbound = p.inbound === 'block-always' ? 'block' : p.inbound;
  return { profile: p.profile, on: p.on, inbound, shown: `${LABEL[p.profile]} State=${p.on ? 'ON' : 'OFF'}${p.policy ? ` Policy=${p.policy}` : ''}` };
}

function mapped<A, B>(result: ParseResult<A[]>, to: (a: A) => B): ParseResult<B[]> {
  return result.ok ? parsed(result.value.map(to)) : result;
}

const readProfiles = (value: unknown) => mapped(readNetFirewallProfiles(value), fromCmdlet);
const parseProfilesFile = (text: string) => mapped(parseNetFirewallProfileText(text), fromCmdlet);
const parseNetshFile = (text: string) => mapped(parseNetshAdvfirewall(text), fromNetsh);

/**
 * Windows Firewall as ONE layer over its three profiles: it blocks only when Domain, Private and
 * Public are all on with inbound blocked, because Windows switches profile by network and a laptop
 * with the Public profile off is open on every café Wi-Fi. NotConfigured is Windows' default
 * (on, inbound blocked) and is said so in the detail. The detail is the cmdlet's and netsh's own
 * notation, which FW-001 quotes unchanged in every language.
 */
function windowsLayer(profiles: Profile[]): FirewallLayer {
  const missing = ORDER.filter((name) => !profiles.some((p) => p.profile === name));
  const defaults = profiles.some((p) => p.on === null || p.inbound === 'not-configured');
  const detail = [
    ...ORDER.flatMap((name) => profiles.filter((p) => p.profile === name).map((p) => p.shown)),
    ...missing.map((name) => `${LABEL[name]}=?`),
    ...(defaults ? ['NotConfigured = Enabled=True DefaultInboundAction=Block'] : []),
  ].join('; ');
  const layer = { name: 'Windows Defender Firewall', family: 'both' as const, installed: true, inboundRuleCount: null, detail };
  const off = profiles.filter((p) => p.on === false);
  if (off.length === profiles.length) return { ...layer, active: false, blocksInboundByDefault: false };
  if (off.length > 0 || profiles.some((p) => p.inbound === 'allow')) return { ...layer, active: true, blocksInboundByDefault: false };
  const decided = missing.length === 0 && profiles.every((p) => p.inbound !== null);
  return { ...layer, active: true, blocksInboundByDefault: decided ? true : null };
}

/** Another vendor's firewall: Security Center says on or off, never what it lets in. */
function productLayer(p: SecurityCenterProduct): FirewallLayer {
  return {
    name: p.name,
    family: 'both',
    installed: true,
    active: p.state === null ? null : p.state === 'on',
    blocksInboundByDefault: p.state === 'on' || p.state === null ? null : false,
    inboundRuleCount: null,
    detail: `SecurityCenter productState=${p.productState}${p.reportedAt ? ` timestamp=${localDay(p.reportedAt)}` : ''}`,
  };
}

export const windowsFirewall = defineFactSource({
  fact: 'firewall',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const profiles = sectionOrFiles(raws, 'firewallProfiles', readProfiles, [
      { probeId: PROFILES_FILE, parse: parseProfilesFile },
      { probeId: NETSH_FILE, parse: parseNetshFile },
    ]);
    if (!profiles.ok) return unknownFact(PROBES, profiles.reason);
    const windows = windowsLayer(profiles.value);
    const products = sectionOrFiles(raws, 'firewallProducts', readSecurityCenterProducts);
    if (products.ok) return knownFact(PROBES, { layers: [windows, ...products.value.map(productLayer)] });
    // A helpdesk folder holds no Security Center list by design; a live scan that could not read it
    // cannot rule out another firewall when Windows' own does not block.
    const handMade = profiles.from !== `windows.inventory firewallProfiles`;
    if (handMade || (windows.active && windows.blocksInboundByDefault)) return knownFact(PROBES, { layers: [windows] });
    return unknownFact(PROBES, {
      kind: products.reason.kind,
      text: {
        en: `Windows Defender Firewall does not block on every profile (${windows.detail}), and firewalls of other vendors could not be read from Windows Security Center: ${products.reason.text.en}`,
        ja: `Windows Defender ファイアウォールはすべてのプロファイルで遮断しているわけではありません (${windows.detail})。また、Windows セキュリティ センターから他社のファイアウォールを読み取れませんでした: ${products.reason.text.ja}`,
      },
    });
  },
});
