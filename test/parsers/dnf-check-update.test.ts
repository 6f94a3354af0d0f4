import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dnfMetadataCheckedAt, dnfSaysNothingPending, parseDnfCheckUpdate } from '../../electron/parsers/dnf-check-update';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('dnf check-update', () => {
  it('reads the rows of a real Fedora 25 capture, skipping the tool trace line before it', () => {
    const r = parseDnfCheckUpdate(fixture('dnf.en.check-update-fedora25-partial.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.packages).toHaveLength(10);
    expect(r.value.packages[0]).toEqual({ name: 'PackageKit', arch: 'x86_64', version: '1.1.4-2.fc25', repo: 'updates' });
    expect(r.value.packages.map((p) => p.arch)).toContain('noarch');
  });

  it('reads the metadata expiration time', () => {
    const text = fixture('dnf.en.check-update-fedora25-partial.txt');
    expect(dnfMetadataCheckedAt(text)).toBe('2016-12-25T20:46:13.000Z');
    const r = parseDnfCheckUpdate(text);
    expect(r.ok && r.value.metadataCheckedAt).toBe('2016-12-25T20:46:13.000Z');
  });

  it('reads epochs and ignores the "Security:" notices about installed kernels', () => {
    const r = parseDnfCheckUpdate(fixture('dnf.en.check-update-security-kernel-notice-lines.txt'));
    expect(r).toEqual({
      ok: true,
      value: { packages: [{ name: 'vim-minimal', arch: 'x86_64', version: '2:8.2.3568-1.fc33', repo: 'updates-testing' }], metadataCheckedAt: null },
    });
  });

  it('tells "nothing pending" (only dnf status lines) from anything else', () => {
    const lines = fixture('dnf.en.check-update-fedora25-partial.txt').split('\n');
    expect(dnfSaysNothingPending(lines.slice(1, 3).join('\n'))).toBe(true);
    expect(dnfSaysNothingPending('')).toBe(true);
    expect(dnfSaysNothingPending(lines.join('\n'))).toBe(false);
    expect(dnfSaysNothingPending(fixture('os-release.en.fedora-40-server.txt'))).toBe(false);
  });

  it('refuses empty, header-only and foreign output', () => {
    expect(parseDnfCheckUpdate('')).toMatchObject({ ok: false });
    const headerOnly = fixture('dnf.en.check-update-fedora25-partial.txt').split('\n').slice(0, 3).join('\n');
    expect(parseDnfCheckUpdate(headerOnly)).toMatchObject({ ok: false });
    expect(parseDnfCheckUpdate(fixture('apt-get.en.simulate-upgrade-debian12-135-upgradable.txt'))).toMatchObject({ ok: false });
    expect(parseDnfCheckUpdate(fixture('os-release.en.fedora-40-server.txt'))).toMatchObject({ ok: false });
  });
});
