import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUfwStatus, ufwNeedsRoot } from '../../electron/parsers/ufw-status';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('ufw status (English)', () => {
  it('reads a real inactive status, with and without the prompt line', () => {
    for (const name of ['ufw.en.status-inactive.txt', 'ufw.en.status-verbose-inactive-debian12.txt']) {
      expect(parseUfwStatus(fixture(name))).toEqual({ ok: true, value: { active: false, defaultIncoming: null, inboundRules: 0, rules: [] } });
    }
  });

  it('reads status verbose: active, default deny, rules for incoming traffic', () => {
    const r = parseUfwStatus(fixture('ufw.en.status-verbose-active-default-deny.txt'));
    expect(r.ok && r.value).toMatchObject({ active: true, defaultIncoming: 'deny', inboundRules: 4 });
    const mine = parseUfwStatus(fixture('ufw.en.status-verbose-active-rules-debian12.txt'));
    expect(mine.ok && mine.value).toMatchObject({ active: true, defaultIncoming: 'deny', inboundRules: 5 });
    expect(mine.ok && mine.value.rules[2]).toBe('2222/tcp                   LIMIT IN    Anywhere');
  });

  it('reads an active ufw with no rules at all (no rule table printed)', () => {
    const r = parseUfwStatus(fixture('ufw.en.status-verbose-active-no-rules-debian12.txt'));
    expect(r.ok && r.value).toEqual({ active: true, defaultIncoming: 'deny', inboundRules: 0, rules: [] });
  });

  it('reads "Default: allow (incoming)"', () => {
    const r = parseUfwStatus(fixture('ufw.en.status-verbose-active-default-allow-debian12.txt'));
    expect(r.ok && r.value).toMatchObject({ active: true, defaultIncoming: 'allow', inboundRules: 5 });
  });

  it('knows the root-required message, which is no status', () => {
    const stderr = fixture('ufw.en.stderr-not-root-debian12.txt');
    expect(ufwNeedsRoot(stderr)).toBe(true);
    expect(parseUfwStatus(stderr)).toMatchObject({ ok: false });
    expect(ufwNeedsRoot(fixture('ufw.en.status-inactive.txt'))).toBe(false);
  });
});

describe('ufw status (Japanese)', () => {
  it('tells 非アクティブ (inactive) from アクティブ (active)', () => {
    const inactiveOnly = fixture('ufw.ja.status-inactive-then-numbered.txt').split('\n').slice(0, 3).join('\n');
    expect(parseUfwStatus(inactiveOnly)).toMatchObject({ ok: true, value: { active: false } });
  });

  it('takes the last status of a pasted session (inactive → enable → active)', () => {
    const r = parseUfwStatus(fixture('ufw.ja.session-inactive-enable-active.txt'));
    expect(r.ok && r.value).toEqual({ active: true, defaultIncoming: null, inboundRules: 2, rules: ['25                         ALLOW       Anywhere', '25 (v6)                    ALLOW       Anywhere (v6)'] });
  });

  it('reads the numbered form with app profiles and no blank line after the status', () => {
    const r = parseUfwStatus(fixture('ufw.ja.status-inactive-then-numbered.txt'));
    expect(r.ok && r.value).toMatchObject({ active: true, defaultIncoming: null, inboundRules: 4 });
    expect(r.ok && r.value.rules[1]).toBe('[ 2] Apache Full                ALLOW IN    xxx.xxx.xxx.xxx');
  });

  it('reads plain status with 12 rules, and an active status with nothing after it', () => {
    expect(parseUfwStatus(fixture('ufw.ja.status-active-12-rules-ros2.txt'))).toMatchObject({ ok: true, value: { active: true, inboundRules: 12, defaultIncoming: null } });
    expect(parseUfwStatus(fixture('ufw.ja.status-active-no-rules-linuxmint22.txt'))).toEqual({ ok: true, value: { active: true, defaultIncoming: null, inboundRules: 0, rules: [] } });
  });
});

describe('ufw status: broken input', () => {
  it('refuses empty, foreign and cut-off output', () => {
    expect(parseUfwStatus('')).toMatchObject({ ok: false });
    expect(parseUfwStatus(fixture('iptables.en.nvL-ufw-fail2ban-input-policy-drop-partial.txt'))).toMatchObject({ ok: false });
    expect(parseUfwStatus(fixture('ufw.en.status-verbose-active-rules-debian12.txt').slice(0, 11))).toMatchObject({ ok: false });
  });

  it('does not claim a default it did not see when verbose output is cut after the status line', () => {
    const cut = fixture('ufw.en.status-verbose-active-rules-debian12.txt').split('\n').slice(0, 2).join('\n');
    expect(parseUfwStatus(cut)).toMatchObject({ ok: true, value: { active: true, defaultIncoming: null } });
  });
});
