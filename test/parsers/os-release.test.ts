import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOsRelease } from '../../electron/parsers/os-release';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('/etc/os-release', () => {
  it.each([
    ['os-release.en.debian-12-bookworm.txt', 'debian', '12', 'Debian GNU/Linux 12 (bookworm)', []],
    ['os-release.en.ubuntu-18.04.6-bionic.txt', 'ubuntu', '18.04', 'Ubuntu 18.04.6 LTS', ['debian']],
    ['os-release.en.ubuntu-22.04-jammy.txt', 'ubuntu', '22.04', 'Ubuntu 22.04 LTS', ['debian']],
    ['os-release.en.ubuntu-24.04-noble.txt', 'ubuntu', '24.04', 'Ubuntu 24.04 LTS', ['debian']],
    ['os-release.en.fedora-40-server.txt', 'fedora', '40', 'Fedora Linux 40 (Server Edition)', []],
    ['os-release.en.rhel-8.10-ootpa.txt', 'rhel', '8.10', 'Red Hat Enterprise Linux 8.10 (Ootpa)', ['fedora']],
    ['os-release.en.almalinux-9.4-seafoam-ocelot.txt', 'almalinux', '9.4', 'AlmaLinux 9.4 (Seafoam Ocelot)', ['rhel', 'centos', 'fedora']],
    ['os-release.en.rocky-9.4-blue-onyx.txt', 'rocky', '9.4', 'Rocky Linux 9.4 (Blue Onyx)', ['rhel', 'centos', 'fedora']],
  ])('%s', (file, id, versionId, prettyName, like) => {
    const r = parseOsRelease(fixture(file));
    expect(r).toMatchObject({ ok: true, value: { id, versionId, prettyName, like } });
  });

  it('keeps SUPPORT_END quoted or not, and reads an empty VERSION_CODENAME as none', () => {
    const fedora = parseOsRelease(fixture('os-release.en.fedora-40-server.txt'));
    expect(fedora.ok && fedora.value.supportEnd).toBe('2025-05-13');
    expect(fedora.ok && fedora.value.codename).toBeNull();
    const rocky = parseOsRelease(fixture('os-release.en.rocky-9.4-blue-onyx.txt'));
    expect(rocky.ok && rocky.value.supportEnd).toBe('2032-05-31');
  });

  it('survives the blank line inside the RHEL file', () => {
    const r = parseOsRelease(fixture('os-release.en.rhel-8.10-ootpa.txt'));
    expect(r.ok && r.value.codename).toBeNull();
  });

  it('refuses empty, foreign and truncated input', () => {
    expect(parseOsRelease('')).toMatchObject({ ok: false });
    expect(parseOsRelease(fixture('apt-get.en.simulate-upgrade-debian12-no-lists.txt'))).toMatchObject({ ok: false });
    // Cut after the first three lines of the real Debian file: ID= is lost.
    const cut = fixture('os-release.en.debian-12-bookworm.txt').split('\n').slice(0, 3).join('\n');
    const r = parseOsRelease(cut);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toMatch(/ID=/);
  });
});
