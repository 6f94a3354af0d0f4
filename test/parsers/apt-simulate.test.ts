import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAptSimulate } from '../../electron/parsers/apt-simulate';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');
const EN = 'apt-get.en.simulate-upgrade-debian12-135-upgradable.txt';

describe('apt-get --simulate upgrade', () => {
  it('lists every Inst line and marks the ones from the security archive', () => {
    const r = parseAptSimulate(fixture(EN));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.packages).toHaveLength(135);
    expect(r.value.packages.filter((p) => p.security)).toHaveLength(81);
    expect(r.value.notUpgraded).toBe(0);
    expect(r.value.packages[0]).toEqual({
      name: 'base-files',
      installed: '12.4+deb12u11',
      candidate: '12.4+deb12u15',
      sources: ['Debian:12.15/oldstable'],
      security: false,
    });
  });

  it('reads a candidate offered by both the point release and the security archive as security', () => {
    const r = parseAptSimulate(fixture(EN));
    const gcrypt = r.ok ? r.value.packages.find((p) => p.name === 'libgcrypt20') : undefined;
    expect(gcrypt).toMatchObject({ sources: ['Debian:12.15/oldstable', 'Debian-Security:12/oldstable-security'], security: true });
  });

  it('reads Inst lines followed by break markers', () => {
    const r = parseAptSimulate(fixture(EN));
    const perl = r.ok ? r.value.packages.find((p) => p.name === 'libperl5.36') : undefined;
    expect(perl).toMatchObject({ installed: '5.36.0-7+deb12u2', candidate: '5.36.0-7+deb12u4', security: true });
  });

  it('reads the Japanese summary line', () => {
    const r = parseAptSimulate(fixture('apt-get.ja.simulate-upgrade-debian12-136-upgradable.txt'));
    expect(r.ok && r.value.packages).toHaveLength(136);
  });

  it('reads "nothing to upgrade" (here: no package lists at all)', () => {
    expect(parseAptSimulate(fixture('apt-get.en.simulate-upgrade-debian12-no-lists.txt'))).toEqual({ ok: true, value: { packages: [], notUpgraded: 0 } });
  });

  it('refuses a cut-off output: the summary is missing', () => {
    const cut = fixture(EN).split('\n').slice(0, 150).join('\n');
    const r = parseAptSimulate(cut);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toMatch(/summary/);
  });

  it('refuses an output whose Inst lines do not add up to the summary', () => {
    const lines = fixture(EN).split('\n');
    const withoutOneInst = lines.filter((l, i) => !(l.startsWith('Inst ') && i === lines.findIndex((x) => x.startsWith('Inst ')))).join('\n');
    expect(parseAptSimulate(withoutOneInst)).toMatchObject({ ok: false });
  });

  it('refuses an interactive `apt upgrade` (no Inst lines), other tools and empty input', () => {
    expect(parseAptSimulate(fixture('apt-get.en.upgrade-summary-debian12-39-upgraded.txt'))).toMatchObject({ ok: false });
    expect(parseAptSimulate(fixture('updates-available.en.focal-20.04-5-updates.txt'))).toMatchObject({ ok: false });
    expect(parseAptSimulate(fixture('apt-check.en.human-readable-xenial-motd-178-122.txt'))).toMatchObject({ ok: false });
    expect(parseAptSimulate('')).toMatchObject({ ok: false });
  });
});
