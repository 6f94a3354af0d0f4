import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fw001 } from '../../electron/checks/fw-001-inbound-firewall';
import { linuxFirewall } from '../../electron/facts/firewall-linux';
import type { FirewallFacts, FirewallLayer } from '../../electron/shared/facts';
import type { RawOutput } from '../../electron/shared/types';
import type { Signatures } from '../../electron/signatures/types';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

const PATHS: Record<string, string> = {
  'linux.ufw-status': '/usr/sbin/ufw',
  'linux.nft-ruleset': '/usr/sbin/nft',
  'linux.iptables-save': '/usr/sbin/iptables-save',
  'linux.ip6tables-save': '/usr/sbin/ip6tables-save',
  'linux.firewalld-state': '/usr/bin/firewall-cmd',
  'linux.firewalld-zone': '/usr/bin/firewall-cmd',
  'linux.if-inet6': '/proc/net/if_inet6',
};

type Spec = { stdout?: string; stderr?: string; exitCode?: number } | 'not-found';

/** Raw outputs as runCommand returns them, from real captures; unlisted probes are not installed. */
function derive(specs: Record<string, Spec>, omit: string[] = []) {
  const raws = new Map<string, RawOutput>();
  for (const id of Object.keys(PATHS)) {
    if (omit.includes(id)) continue;
    const spec = specs[id] ?? 'not-found';
    raws.set(
      id,
      spec === 'not-found'
        ? { probeId: id, format: 'text', stdout: '', stderr: '', exitCode: null, durationMs: 3, error: { kind: 'not-found', message: `spawn ${PATHS[id]} ENOENT` } }
        : { probeId: id, format: 'text', stdout: spec.stdout ?? '', stderr: spec.stderr ?? '', exitCode: spec.exitCode ?? 0, durationMs: 40 },
    );
  }
  return linuxFirewall.derive(raws, { platform: 'linux', capturedAt: new Date('2026-11-25T22:15:00Z') });
}

function layers(result: ReturnType<typeof derive>): FirewallLayer[] {
  if (!result.ok) throw new Error(result.reason.text.en);
  return (result.value as FirewallFacts).layers;
}

const byName = (ls: FirewallLayer[], name: string) => ls.find((l) => l.name === name);

describe('linux firewall fact', () => {
  it('lists every tool as not installed when none is', () => {
    const ls = layers(derive({}));
    expect(ls.map((l) => [l.name, l.installed])).toEqual([
      ['ufw', false],
      ['firewalld', false],
      ['iptables (IPv4)', false],
      ['ip6tables (IPv6)', false],
      ['nftables', false],
    ]);
  });

  it('is unknown, asking for sudo, when every installed tool refuses a normal user', () => {
    const r = derive({
      'linux.ufw-status': { stderr: fixture('ufw.en.stderr-not-root-debian12.txt'), exitCode: 1 },
      'linux.nft-ruleset': { stderr: fixture('nft.en.stderr-not-root-debian12.txt'), exitCode: 1 },
      'linux.iptables-save': { stderr: fixture('iptables-save.en.stderr-not-root-debian12.txt'), exitCode: 4 },
      'linux.ip6tables-save': { stderr: fixture('iptables-save.en.stderr-not-root-debian12.txt').replace(/^iptables/, 'ip6tables'), exitCode: 4 },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.kind).toBe('permission');
    expect(!r.ok && r.reason.text.en).toContain('need administrator rights to read (run with sudo): linux.ufw-status, linux.iptables-save, linux.ip6tables-save, linux.nft-ruleset');
    expect(!r.ok && r.reason.text.ja).toContain('sudo を付けて実行してください');
  });

  it('reads ufw active on iptables-nft once, not again as nft tables', () => {
    const ls = layers(
      derive({
        'linux.ufw-status': { stdout: fixture('ufw.en.status-verbose-active-rules-debian12.txt') },
        'linux.iptables-save': { stdout: fixture('iptables-save.en.ufw-active-rules-nf_tables-debian12.txt') },
        'linux.ip6tables-save': { stdout: fixture('ip6tables-save.en.ufw-active-rules-nf_tables-debian12.txt') },
        'linux.nft-ruleset': { stdout: fixture('nft.en.list-ruleset-ufw-active-iptables-nft-debian12.txt') },
      }),
    );
    expect(byName(ls, 'ufw')).toEqual({
      name: 'ufw',
      family: 'both',
      installed: true,
      active: true,
      blocksInboundByDefault: true,
      inboundRuleCount: 5,
      detail: 'Status: active, Default: deny (incoming), 5 rules for incoming traffic',
    });
    expect(byName(ls, 'iptables (IPv4)')).toMatchObject({ active: true, blocksInboundByDefault: true, inboundRuleCount: 6, detail: 'filter table, chain INPUT: policy DROP, 6 rules' });
    expect(ls.filter((l) => l.name.startsWith('nftables'))).toEqual([]);
  });

  it('shows an inactive ufw and empty rulesets as installed but not filtering', () => {
    const ls = layers(
      derive({
        'linux.ufw-status': { stdout: fixture('ufw.en.status-verbose-inactive-debian12.txt') },
        'linux.iptables-save': { stdout: fixture('iptables-save.en.empty-debian12.txt') },
        'linux.ip6tables-save': { stdout: '' },
        'linux.nft-ruleset': { stdout: fixture('nft.en.list-ruleset-empty-debian12.txt') },
      }),
    );
    expect(ls.filter((l) => l.installed).map((l) => [l.name, l.active, l.blocksInboundByDefault, l.detail])).toEqual([
      ['ufw', false, false, 'Status: inactive'],
      ['iptables (IPv4)', false, false, 'no filter table loaded'],
      ['ip6tables (IPv6)', false, false, 'no filter table loaded'],
      ['nftables', false, false, 'no ruleset loaded'],
    ]);
  });

  it("reports Debian's default nftables.conf as loaded but letting everything in", () => {
    const ls = layers(derive({ 'linux.nft-ruleset': { stdout: fixture('nft.en.list-ruleset-debian12-default-conf.txt') } }));
    expect(byName(ls, 'nftables table inet filter')).toEqual({
      name: 'nftables table inet filter',
      family: 'both',
      installed: true,
      active: false,
      blocksInboundByDefault: false,
      inboundRuleCount: 0,
      detail: 'chain input: policy accept, 0 rules',
    });
  });

  it('reads firewalld running with the public zone, and its nft table', () => {
    const ls = layers(
      derive({
        'linux.firewalld-state': { stdout: fixture('firewall-cmd.en.state-running-debian12.txt') },
        'linux.firewalld-zone': { stdout: fixture('firewall-cmd.en.list-all-public-debian12.txt') },
        'linux.nft-ruleset': { stdout: fixture('nft.en.list-ruleset-firewalld-public-debian12.txt') },
      }),
    );
    expect(byName(ls, 'firewalld')).toMatchObject({
      active: true,
      blocksInboundByDefault: true,
      inboundRuleCount: 2,
      detail: 'running; default zone public: target default, allows service dhcpv6-client, service ssh',
    });
    expect(byName(ls, 'nftables table inet firewalld')).toMatchObject({
      active: true,
      blocksInboundByDefault: true,
      detail: 'chain filter_INPUT: policy accept, 6 rules; unsolicited packets are refused by the rule: reject with icmpx admin-prohibited',
    });
  });

  it('reads "not running" that firewall-cmd prints on stderr with exit 252', () => {
    const ls = layers(derive({ 'linux.firewalld-state': { stderr: fixture('firewall-cmd.en.state-not-running-stderr-debian12.txt'), exitCode: 252 } }));
    expect(byName(ls, 'firewalld')).toMatchObject({ installed: true, active: false, detail: 'not running' });
  });

  it('keeps a running firewalld whose zone needs rights, and an unread nft, as undetermined layers', () => {
    const ls = layers(
      derive({
        'linux.firewalld-state': { stdout: fixture('firewall-cmd.en.state-running-debian12.txt') },
        'linux.firewalld-zone': { stderr: fixture('firewall-cmd.en.stderr-authorization-failed-debian12.txt'), exitCode: 253 },
        'linux.nft-ruleset': { stderr: fixture('nft.en.stderr-not-root-debian12.txt'), exitCode: 1 },
      }),
    );
    expect(byName(ls, 'firewalld')).toMatchObject({ active: true, blocksInboundByDefault: null });
    expect(byName(ls, 'firewalld')!.detail).toContain('needs administrator rights (run with sudo)');
    expect(byName(ls, 'nftables')).toMatchObject({ installed: true, active: null, blocksInboundByDefault: null });
  });

  it('does not trust iptables when legacy tables it cannot show are loaded', () => {
    const r = derive({ 'linux.iptables-save': { stdout: '', stderr: fixture('iptables-save.en.stderr-legacy-tables-present-debian12.txt') } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.kind).toBe('unsupported');
    expect(!r.ok && r.reason.text.en).toContain('iptables-legacy tables are loaded');
  });

  it('is unknown when a replay folder lacks a probe and nothing read is enforcing', () => {
    const r = derive({ 'linux.ufw-status': { stdout: fixture('ufw.en.status-inactive.txt') } }, ['linux.nft-ruleset']);
    expect(r).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });

  it('is unknown on output it does not understand', () => {
    const r = derive({ 'linux.ufw-status': { stdout: fixture('ufw.en.status-verbose-active-rules-debian12.txt').slice(0, 11) } });
    expect(r).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});

describe('linux firewall fact, by address family', () => {
  it('marks what each layer filters, and FW-001 warns when IPv4 is shut but IPv6 is not', () => {
    const result = derive({
      'linux.iptables-save': { stdout: fixture('iptables-save.en.legacy-input-drop-debian12.txt') },
      'linux.ip6tables-save': { stdout: fixture('iptables-save.en.empty-debian12.txt') },
      'linux.nft-ruleset': { stdout: fixture('nft.en.list-ruleset-debian12-default-conf.txt') },
      'linux.if-inet6': { stdout: fixture('if_inet6.en.global-and-ula-live-host.txt') },
    });
    const ls = layers(result);
    expect(ls.map((l) => [l.name, l.family])).toEqual([
      ['ufw', 'both'],
      ['firewalld', 'both'],
      ['iptables (IPv4)', 'ipv4'],
      ['ip6tables (IPv6)', 'ipv6'],
      ['nftables table inet filter', 'both'],
    ]);
    const verdict = fw001.evaluate({ firewall: result }, { platform: 'linux', capturedAt: null, signatures: {} as Signatures, answers: {} });
    expect(verdict.status).toBe('warn');
    expect(verdict.message.en).toContain('blocks unsolicited inbound IPv4 connections, but nothing read here filters IPv6');
    expect(verdict.message.ja).toContain('IPv6 を遮断するものは見つかりませんでした');
  });

  const ipv4Only = (ifInet6: Spec): ReturnType<typeof derive> =>
    derive({
      'linux.iptables-save': { stdout: fixture('iptables-save.en.legacy-input-drop-debian12.txt') },
      'linux.ip6tables-save': { stdout: fixture('iptables-save.en.empty-debian12.txt') },
      'linux.if-inet6': ifInet6,
    });
  const fw = (result: ReturnType<typeof derive>) => fw001.evaluate({ firewall: result }, { platform: 'linux', capturedAt: null, signatures: {} as Signatures, answers: {} });

  it('names the IPv6 addresses the internet can reach when only IPv4 is filtered', () => {
    const verdict = fw(ipv4Only({ stdout: fixture('if_inet6.en.kddi-au-global-temporary.txt') }));
    expect(verdict.status).toBe('warn');
    expect(verdict.evidence.at(-1)?.text.en).toBe('IPv6 addresses the internet can reach: 240d:f:dd4:d800:bce3:2466:deb9:52bb, 240d:f:dd4:d800:a4e3:36ff:fea9:bcc6, 240d:f:dd4:d800:b7fd:344d:e8c0:b331');
  });

  it('passes, saying so, when IPv6 is open but the PC has no IPv6 address from the internet (or IPv6 is off)', () => {
    for (const spec of [{ stdout: fixture('if_inet6.en.ula-and-link-local-debian12.txt') }, 'not-found'] as const) {
      const verdict = fw(ipv4Only(spec));
      expect(verdict.status).toBe('pass');
      expect(verdict.evidence.at(-1)?.text.en).toBe('IPv6 is not filtered, but this computer has no IPv6 address the internet can reach.');
    }
  });

  it('does not warn on a guess: an IPv6-capable layer whose default could not be read', () => {
    const result = derive({
      'linux.iptables-save': { stdout: fixture('iptables-save.en.legacy-input-drop-debian12.txt') },
      'linux.ip6tables-save': { stderr: fixture('iptables-save.en.stderr-not-root-debian12.txt').replace(/^iptables/, 'ip6tables'), exitCode: 4 },
      'linux.if-inet6': { stdout: fixture('if_inet6.en.global-and-ula-live-host.txt') },
    });
    expect(fw(result).status).toBe('pass');
  });

  it('passes when a layer for both families blocks, whatever iptables says', () => {
    const result = derive({
      'linux.ufw-status': { stdout: fixture('ufw.en.status-verbose-active-rules-debian12.txt') },
      'linux.iptables-save': { stdout: fixture('iptables-save.en.ufw-active-rules-nf_tables-debian12.txt') },
      'linux.ip6tables-save': { stdout: fixture('ip6tables-save.en.ufw-active-rules-nf_tables-debian12.txt') },
    });
    expect(fw001.evaluate({ firewall: result }, { platform: 'linux', capturedAt: null, signatures: {} as Signatures, answers: {} }).status).toBe('pass');
  });
});
