import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firewalldNeedsRoot, parseFirewalldState, parseFirewalldZone } from '../../electron/parsers/firewalld';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('firewall-cmd --state', () => {
  it('reads running (stdout) and not running (stderr, exit 252)', () => {
    expect(parseFirewalldState(fixture('firewall-cmd.en.state-running-debian12.txt'))).toEqual({ ok: true, value: { running: true, note: null } });
    expect(parseFirewalldState(`\n${fixture('firewall-cmd.en.state-not-running-stderr-debian12.txt')}`)).toEqual({ ok: true, value: { running: false, note: null } });
  });

  it('reads "no system D-Bus" as not running, saying why', () => {
    const r = parseFirewalldState(fixture('firewall-cmd.en.state-no-dbus-stderr-debian12.txt'));
    expect(r).toEqual({ ok: true, value: { running: false, note: 'the system D-Bus is not reachable' } });
  });

  it('knows "Authorization failed." and does not read it as a state', () => {
    const text = fixture('firewall-cmd.en.stderr-authorization-failed-debian12.txt');
    expect(firewalldNeedsRoot(text)).toBe(true);
    expect(parseFirewalldState(text)).toMatchObject({ ok: false });
    expect(parseFirewalldState('')).toMatchObject({ ok: false });
  });
});

describe('firewall-cmd --list-all', () => {
  it('reads the default public zone', () => {
    expect(parseFirewalldZone(fixture('firewall-cmd.en.list-all-public-debian12.txt'))).toEqual({
      ok: true,
      value: { zone: 'public', target: 'default', interfaces: [], sources: [], services: ['dhcpv6-client', 'ssh'], ports: [], protocols: [], sourcePorts: [], richRules: [] },
    });
  });

  it('reads zone trusted with target ACCEPT', () => {
    expect(parseFirewalldZone(fixture('firewall-cmd.en.list-all-trusted-debian12.txt'))).toMatchObject({ ok: true, value: { zone: 'trusted', target: 'ACCEPT', services: [] } });
  });

  it('reads an indented paste with "(active)" and several ports', () => {
    expect(parseFirewalldZone(fixture('firewall-cmd.en.list-all-home-zone.txt'))).toMatchObject({
      ok: true,
      value: { zone: 'home', target: 'default', interfaces: ['br0'], services: ['cockpit', 'dhcpv6-client', 'mdns', 'nfs', 'ssh'], ports: ['32000/tcp', '7504/tcp', '2001-2003/tcp', '74/tcp'] },
    });
  });

  it('refuses "not running", cut-off and foreign output', () => {
    expect(parseFirewalldZone(fixture('firewall-cmd.en.list-all-not-running-stderr-debian12.txt'))).toMatchObject({ ok: false });
    const cut = fixture('firewall-cmd.en.list-all-public-debian12.txt').split('\n').slice(0, 7).join('\n');
    expect(parseFirewalldZone(cut)).toMatchObject({ ok: false });
    expect(parseFirewalldZone(fixture('ufw.en.status-verbose-active-default-deny.txt'))).toMatchObject({ ok: false });
    expect(parseFirewalldZone('')).toMatchObject({ ok: false });
  });
});
