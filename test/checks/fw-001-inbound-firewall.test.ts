import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckContext } from '../../electron/checks/check';
import { fw001 } from '../../electron/checks/fw-001-inbound-firewall';
import type { FactSet } from '../../electron/shared/facts';
import type { Platform } from '../../electron/shared/types';
import type { Signatures } from '../../electron/signatures/types';

const DIR = join(import.meta.dirname, 'fixtures/fw-001');

function evaluate(file: string) {
  const f = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { capturedAt: string | null; platform: Platform; facts: FactSet };
  // FW-001 reads no signatures; the shared runner passes the bundled set once the check is registered.
  const ctx: CheckContext = { platform: f.platform, capturedAt: f.capturedAt ? new Date(f.capturedAt) : null, signatures: {} as Signatures, answers: {} };
  return fw001.evaluate(f.facts, ctx);
}

describe('FW-001 fixtures (facts derived from real captures)', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s', (file) => {
    const verdict = evaluate(file);
    expect(verdict.status).toBe(file.replace(/\.json$/, '').split('.').pop());
    if (verdict.status === 'unknown') expect(verdict.reason).toBeDefined();
    if (verdict.status === 'fail') expect(verdict.evidence.length).toBeGreaterThan(0);
  });
});

describe('FW-001 evidence', () => {
  it('names the deciding rule when policy accept ends in a reject', () => {
    const v = evaluate('nft-policy-accept-final-reject.pass.json');
    expect(v.evidence.map((e) => e.text.en)).toContain(
      'nftables table inet filter: on, blocks unsolicited inbound connections (chain input: policy accept, 4 rules; unsolicited packets are refused by the rule: counter packets 0 bytes 0 log prefix "rejected: " reject with icmpx admin-prohibited)',
    );
    expect(v.evidence.map((e) => e.text.en)).toContain('nftables table inet dormant_t: installed but not filtering (table is dormant (not applied); chain input: policy drop, 0 rules)');
  });

  it('explains a missing firewall without blaming the router it cannot see', () => {
    const v = evaluate('no-firewall-installed.fail.json');
    expect(v.message.en).toContain('cannot see the router');
    expect(v.message.ja).toContain('ルーター');
    expect(v.evidence.map((e) => e.text.en)).toContain('ufw: not installed');
  });

  it('carries the unknown reason that asks for sudo', () => {
    const v = evaluate('not-root.unknown.json');
    expect(v.reason?.kind).toBe('permission');
    expect(v.reason?.text.en).toContain('run with sudo');
  });

  it('shows an early accept rule as the reason a DROP policy does not help', () => {
    const v = evaluate('iptables-policy-drop-early-accept.fail.json');
    expect(v.evidence.find((e) => e.data?.layer === 'iptables (IPv4)')?.text.en).toBe(
      'iptables (IPv4): on, but lets unsolicited inbound connections in (filter table, chain INPUT: policy DROP, 3 rules; every packet is let in by the rule: -A INPUT -m comment --comment "temporary: open everything" -j ACCEPT)',
    );
  });

  it('has remediation steps in both languages for every platform it runs on', () => {
    for (const platform of fw001.platforms) {
      const steps = fw001.remediation[platform] ?? [];
      expect(steps.length, platform).toBeGreaterThan(0);
      for (const s of steps) expect(s.en && s.ja).toBeTruthy();
    }
  });
});
