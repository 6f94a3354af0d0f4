import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { internetIPv6 } from '../../electron/parsers/if-inet6';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('/proc/net/if_inet6', () => {
  it('finds the global addresses, leaving out unique-local, link-local and loopback ones (real captures)', () => {
    expect(internetIPv6(fixture('if_inet6.en.ula-and-link-local-debian12.txt'))).toEqual({ ok: true, value: [] });
    expect(internetIPv6(fixture('if_inet6.en.global-and-ula-live-host.txt'))).toEqual({ ok: true, value: ['2603:8002:7900:22f1:be24:11ff:fe93:59e7', '2603:8002:7900:22f1:7848:c633:b5de:d169'] });
    expect(internetIPv6(fixture('if_inet6.en.kddi-au-global-temporary.txt'))).toMatchObject({ ok: true, value: { length: 3 } });
  });

  it('leaves out an address that failed duplicate detection, and does not understand other text', () => {
    expect(internetIPv6('20010db8000000000000000000000001 02 40 00 08     eth0\n')).toEqual({ ok: true, value: [] });
    expect(internetIPv6('inet6 2001:db8::1/64 scope global')).toMatchObject({ ok: false });
  });
});
