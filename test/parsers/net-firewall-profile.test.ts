import { describe, expect, it } from 'vitest';
import { parseNetFirewallProfileText, readNetFirewallProfiles } from '../../electron/parsers/net-firewall-profile';
import { sectionValue, winFixture } from './windows-fixture';

describe('Get-NetFirewallProfile', () => {
  it('reads ConvertTo-Json with numeric enums and the CIM properties around them (real, Server 2022 local store)', () => {
    const r = parseNetFirewallProfileText(winFixture('get-netfirewallprofile-json.en.server2022-local-store.json'));
    expect(r).toEqual({ ok: true, value: ['domain', 'private', 'public'].map((profile) => ({ profile, enabled: true, inbound: 'not-configured', outbound: 'not-configured' })) });
  });

  it('reads the plain list with enum names (real: all profiles switched off)', () => {
    const r = parseNetFirewallProfileText(winFixture('get-netfirewallprofile.en.all-disabled.txt'));
    expect(r.ok && r.value.map((p) => [p.profile, p.enabled, p.inbound])).toEqual([['domain', false, 'not-configured'], ['private', false, 'not-configured'], ['public', false, 'not-configured']]);
  });

  it('reads a section with Block/Allow codes', () => {
    const r = readNetFirewallProfiles(sectionValue('inventory-assembled.en.server2016-no-securitycenter.json', 'firewallProfiles'));
    expect(r.ok && r.value[2]).toEqual({ profile: 'public', enabled: false, inbound: 'block', outbound: 'allow' });
  });

  it('does not understand unknown codes, no profile, or cut JSON', () => {
    expect(readNetFirewallProfiles([{ Name: 'Public', Enabled: 1, DefaultInboundAction: 9, DefaultOutboundAction: 2 }])).toMatchObject({ ok: false });
    expect(readNetFirewallProfiles(null)).toMatchObject({ ok: false });
    expect(parseNetFirewallProfileText(winFixture('get-netfirewallprofile-json.en.server2022-local-store.json').slice(0, 5000))).toMatchObject({ ok: false });
  });
});
