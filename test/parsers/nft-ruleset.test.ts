import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nftNeedsRoot, parseNftRuleset, type NftTable } from '../../electron/parsers/nft-ruleset';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

function tables(name: string): NftTable[] {
  const r = parseNftRuleset(fixture(name));
  if (!r.ok) throw new Error(r.reason);
  return r.value.tables;
}

describe('nft list ruleset', () => {
  it('reads empty output (no ruleset loaded) as no tables', () => {
    expect(parseNftRuleset(fixture('nft.en.list-ruleset-empty-debian12.txt'))).toEqual({ ok: true, value: { tables: [] } });
  });

  it("reads Debian's shipped nftables.conf as an input chain that lets everything in", () => {
    const [t] = tables('nft.en.list-ruleset-debian12-default-conf.txt');
    expect(t).toEqual({
      family: 'inet',
      name: 'filter',
      dormant: false,
      inputChains: [{ name: 'input', policy: 'accept', ruleCount: 0, outcome: { blocks: false, decidedBy: 'policy', rule: null } }],
    });
  });

  it('reads ufw on iptables-nft: INPUT policy drop with jumps into ufw chains, for IPv4 and IPv6', () => {
    const ts = tables('nft.en.list-ruleset-ufw-active-iptables-nft-debian12.txt');
    expect(ts.map((t) => `${t.family} ${t.name}`)).toEqual(['ip filter', 'ip6 filter']);
    for (const t of ts) {
      expect(t.inputChains).toEqual([{ name: 'INPUT', policy: 'drop', ruleCount: 6, outcome: { blocks: true, decidedBy: 'policy', rule: null } }]);
    }
  });

  it('does not trust the drop at the end of ufw-not-local once ufw is disabled (policy accept, empty chains)', () => {
    const [t] = tables('nft.en.list-ruleset-ufw-disabled-leftover-chains-debian12.txt');
    expect(t!.inputChains[0]).toMatchObject({ policy: 'accept', ruleCount: 6, outcome: { blocks: false } });
  });

  it('reads policy accept followed by a final unconditional reject as blocking (firewalld)', () => {
    const [t] = tables('nft.en.list-ruleset-firewalld-public-debian12.txt');
    expect(t!.name).toBe('firewalld');
    expect(t!.inputChains).toEqual([
      { name: 'filter_INPUT', policy: 'accept', ruleCount: 6, outcome: { blocks: true, decidedBy: 'rule', rule: 'reject with icmpx admin-prohibited' } },
    ]);
  });

  it('follows jump and goto to an accept-everything chain (firewalld zone trusted)', () => {
    const [t] = tables('nft.en.list-ruleset-firewalld-trusted-debian12.txt');
    const outcome = t!.inputChains[0]!.outcome;
    expect(outcome.blocks).toBe(false);
    expect(outcome.rule).toMatch(/^jump filter_INPUT_ZONES → /);
  });

  it('sees an early unconditional accept that makes policy drop useless', () => {
    const [t] = tables('nft.en.list-ruleset-policy-drop-early-accept-debian12.txt');
    expect(t!.inputChains[0]).toEqual({ name: 'input', policy: 'drop', ruleCount: 3, outcome: { blocks: false, decidedBy: 'rule', rule: 'accept' } });
  });

  it('treats counter/log before reject as no condition, and marks a dormant table', () => {
    const [filter, dormant] = tables('nft.en.list-ruleset-accept-final-reject-plus-dormant-debian12.txt');
    expect(filter!.inputChains[0]!.outcome).toEqual({
      blocks: true,
      decidedBy: 'rule',
      rule: 'counter packets 0 bytes 0 log prefix "rejected: " reject with icmpx admin-prohibited',
    });
    expect(dormant).toMatchObject({ name: 'dormant_t', dormant: true, inputChains: [{ policy: 'drop' }] });
  });

  it('reads the iptables-nft translation of a comment-only REJECT rule', () => {
    const [t] = tables('nft.en.list-ruleset-iptables-nft-comment-reject-debian12.txt');
    expect(t!.inputChains[0]).toMatchObject({ policy: 'accept', ruleCount: 5, outcome: { blocks: true, rule: 'counter packets 0 bytes 0 reject with icmp type host-prohibited' } });
  });

  it('reads the complete first table of the cut OpenSnitch capture (Arch-style policy drop, ct state accept, conditional reject)', () => {
    const text = fixture('nft.en.list-ruleset-inet-filter-policy-drop-plus-opensnitch-partial.txt').split('\n').slice(0, 17).join('\n');
    const r = parseNftRuleset(text);
    expect(r.ok && r.value.tables[0]!.inputChains).toEqual([{ name: 'input', policy: 'drop', ruleCount: 8, outcome: { blocks: true, decidedBy: 'policy', rule: null } }]);
  });
});

describe('nft list ruleset: broken input and errors', () => {
  it('refuses output that ends inside a table', () => {
    const r = parseNftRuleset(fixture('nft.en.list-ruleset-inet-filter-policy-drop-plus-opensnitch-partial.txt'));
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toMatch(/cut off/);
    const half = fixture('nft.en.list-ruleset-ufw-active-iptables-nft-debian12.txt').split('\n').slice(0, 100).join('\n');
    expect(parseNftRuleset(half)).toMatchObject({ ok: false });
  });

  it('refuses other formats and the error text', () => {
    expect(parseNftRuleset(fixture('iptables-save.en.ufw-active-rules-nf_tables-debian12.txt'))).toMatchObject({ ok: false });
    expect(parseNftRuleset(fixture('nft.en.stderr-not-root-debian12.txt'))).toMatchObject({ ok: false });
  });

  it('knows the not-root message', () => {
    expect(nftNeedsRoot(fixture('nft.en.stderr-not-root-debian12.txt'))).toBe(true);
    expect(nftNeedsRoot(fixture('nft.en.list-ruleset-debian12-default-conf.txt'))).toBe(false);
  });
});
