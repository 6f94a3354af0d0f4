import type { InventorySection } from '../section';

/** The active store: the local store shows NotConfigured wherever Group Policy decides. */
export const firewallProfilesSection: InventorySection = {
  key: 'firewallProfiles',
  script: 'Get-NetFirewallProfile -PolicyStore ActiveStore | Select-Object Name, Enabled, DefaultInboundAction, DefaultOutboundAction',
  note: 'Get-NetFirewallProfile -PolicyStore ActiveStore: the three Windows Firewall profiles as enforced (local settings merged with Group Policy); no administrator rights needed.',
};
