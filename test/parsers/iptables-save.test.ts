import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iptablesNeedsRoot, legacyTablesHidden, parseIptablesSave, type IptablesSave } from '../../electron/parsers/iptables-save';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

function read(name: string): IptablesSave {
  const r = parseIptablesSave(fixture(name));
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('iptables-save', () => {
  it('reads empty output (nothing loaded) as no tables', () => {
    expect(read('iptables-save.en.empty-debian12.txt')).toEqual({ backend: null, tables: [], input: null });
  });

  it('reads ufw active on the nf_tables backend: INPUT DROP, jumps to ufw-* chains count as rules', () => {
    for (const name of ['iptables-save.en.ufw-active-rules-nf_tables-debian12.txt', 'ip6tables-save.en.ufw-active-rules-nf_tables-debian12.txt']) {
      expect(read(name)).toEqual({
        backend: 'nf_tables',
        tables: ['filter'],
        input: { name: 'INPUT', policy: 'drop', ruleCount: 6, outcome: { blocks: true, decidedBy: 'policy', rule: null } },
      });
    }
  });

  it('does not read ufw-not-local\'s final DROP as blocking when ufw allows incoming', () => {
    expect(read('iptables-save.en.ufw-default-allow-nf_tables-debian12.txt').input).toMatchObject({ policy: 'accept', ruleCount: 6, outcome: { blocks: false } });
    expect(read('iptables-save.en.ufw-disabled-leftover-chains-nf_tables-debian12.txt').input).toMatchObject({ policy: 'accept', ruleCount: 6, outcome: { blocks: false } });
  });

  it('sees an unconditional (comment-only) ACCEPT early in a DROP chain as open', () => {
    expect(read('iptables-save.en.policy-drop-early-accept-nf_tables-debian12.txt').input).toEqual({
      name: 'INPUT',
      policy: 'drop',
      ruleCount: 3,
      outcome: { blocks: false, decidedBy: 'rule', rule: '-A INPUT -m comment --comment "temporary: open everything" -j ACCEPT' },
    });
  });

  it('reads policy ACCEPT with a final unconditional REJECT as blocking; LOG decides nothing', () => {
    expect(read('iptables-save.en.policy-accept-final-reject-nf_tables-debian12.txt').input).toEqual({
      name: 'INPUT',
      policy: 'accept',
      ruleCount: 5,
      outcome: { blocks: true, decidedBy: 'rule', rule: '-A INPUT -m comment --comment "drop the rest" -j REJECT --reject-with icmp-host-prohibited' },
    });
  });

  it('reads the legacy backend from a header without "(nf_tables)"', () => {
    expect(read('iptables-save.en.legacy-input-drop-debian12.txt')).toMatchObject({ backend: 'legacy', input: { policy: 'drop', ruleCount: 1, outcome: { blocks: true } } });
  });

  it('knows the stderr warnings: legacy tables hidden, root needed', () => {
    expect(legacyTablesHidden(fixture('iptables-save.en.stderr-legacy-tables-present-debian12.txt'))).toBe(true);
    expect(legacyTablesHidden(fixture('iptables-save.en.stderr-not-root-debian12.txt'))).toBe(false);
    expect(iptablesNeedsRoot(fixture('iptables-save.en.stderr-not-root-debian12.txt'))).toBe(true);
  });
});

describe('iptables-save: broken input', () => {
  it('refuses a table without COMMIT (the cut Algo VPN capture)', () => {
    const r = parseIptablesSave(fixture('iptables-save.en.filter-input-drop-algo-vpn-2017-partial.txt'));
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toMatch(/COMMIT/);
  });

  it('reads the complete tables of that capture (iptables 1.6, no backend in the header)', () => {
    const complete = fixture('iptables-save.en.filter-input-drop-algo-vpn-2017-partial.txt').split('\n').slice(0, 18).join('\n');
    expect(parseIptablesSave(complete)).toEqual({ ok: true, value: { backend: 'legacy', tables: ['nat', 'mangle'], input: null } });
  });

  it('refuses other formats: iptables -S, iptables -nvL, iptables --version, nft, error text', () => {
    for (const name of [
      'iptables.en.S-forward-policy-drop.txt',
      'iptables.en.nvL-ufw-fail2ban-input-policy-drop-partial.txt',
      'redhat-release.en.rocky-8.7-uname-iptables-nf_tables.txt',
      'nft.en.list-ruleset-debian12-default-conf.txt',
      'iptables-save.en.stderr-not-root-debian12.txt',
    ]) {
      expect(parseIptablesSave(fixture(name)), name).toMatchObject({ ok: false });
    }
  });
});
