import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAptListUpgradable } from '../../electron/parsers/apt-list-upgradable';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('apt list --upgradable', () => {
  it('reads every row of a real Debian 12 capture and marks the security suites', () => {
    const r = parseAptListUpgradable(fixture('apt.en.list-upgradable-debian12-135.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(135);
    expect(r.value.filter((p) => p.security)).toHaveLength(81);
    expect(r.value[0]).toEqual({ name: 'appstream', suites: ['oldstable'], candidate: '0.16.1-2+b1', installed: '0.16.1-2', security: false });
    expect(r.value.find((p) => p.name === 'apt')).toMatchObject({ suites: ['oldstable-security'], security: true });
  });

  it('reads the Japanese capture of the same machine to the same list', () => {
    const en = parseAptListUpgradable(fixture('apt.en.list-upgradable-debian12-135.txt'));
    const ja = parseAptListUpgradable(fixture('apt.ja.list-upgradable-debian12-135.txt'));
    expect(ja).toEqual(en);
  });

  it('reads the header alone as an empty list (real capture with no package lists)', () => {
    expect(parseAptListUpgradable(fixture('apt.en.list-upgradable-debian12-no-lists.txt'))).toEqual({ ok: true, value: [] });
  });

  it('refuses a real pasted capture that was cut in the middle of a row, despite its prompt and warning', () => {
    const r = parseAptListUpgradable(fixture('apt.en.list-upgradable-ubuntu1804-pasted-prompt-cut-partial.txt'));
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toMatch(/busybox-static/);
  });

  it('reads the uncut part of that paste, with its duplicated suite names folded', () => {
    const text = fixture('apt.en.list-upgradable-ubuntu1804-pasted-prompt-cut-partial.txt').split('\n').slice(0, 21).join('\n');
    const r = parseAptListUpgradable(text);
    expect(r.ok && r.value).toHaveLength(16);
    expect(r.ok && r.value.find((p) => p.name === 'apport')).toMatchObject({ suites: ['bionic-updates', 'bionic-security'], security: true });
    expect(r.ok && r.value.find((p) => p.name === 'apt')!.security).toBe(false);
  });

  it('refuses empty output, other commands\' output and rows without the header', () => {
    expect(parseAptListUpgradable('')).toMatchObject({ ok: false });
    expect(parseAptListUpgradable(fixture('apt-check.en.human-readable-xenial-motd-178-122.txt'))).toMatchObject({ ok: false });
    expect(parseAptListUpgradable('apt/oldstable-security 2.6.2 amd64 [upgradable from: 2.6.1]')).toMatchObject({ ok: false });
  });
});
