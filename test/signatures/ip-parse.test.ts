import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { formatIPv6, ipv6RangeKeys, mappedIPv4, parseIPv4, parseIPv6Key } from '../../electron/signatures/ip-parse';

/** ipaddr.js is the reference: the fast parsers must agree with it on every input. */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const r = rng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function randomIPv6Text(): string {
  const groups = Array.from({ length: 8 }, () => (r() < 0.3 ? 0 : Math.floor(r() * 65536)).toString(16));
  const text = groups.join(':');
  return pick([text, ipaddr.IPv6.parse(text).toString(), text.toUpperCase(), `::ffff:${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.1.2`, '::', '::1', 'fe80::1']);
}

function refKey(text: string): string {
  return ipaddr.IPv6.parse(text).toByteArray().map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('fast address parsing against ipaddr.js', () => {
  it('IPv4: same verdict and value on valid, invalid and tricky inputs', () => {
    const inputs = ['0.0.0.0', '255.255.255.255', '192.168.1.1', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1..2.3', ' 1.2.3.4', '1.2.3.4 ', 'a.b.c.d', ''];
    for (let i = 0; i < 2000; i++) inputs.push([0, 0, 0, 0].map(() => Math.floor(r() * 256)).join('.'));
    for (const text of inputs) {
      const strictRef = /^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/.test(text) && ipaddr.IPv4.isValidFourPartDecimal(text);
      const value = parseIPv4(text);
      expect(value >= 0, text).toBe(strictRef);
      if (strictRef) expect(value).toBe(ipaddr.IPv4.parse(text).toByteArray().reduce((a, b) => a * 256 + b, 0));
    }
  });

  it('IPv6: same 128-bit value for every form ipaddr.js accepts, null for what it refuses', () => {
    for (let i = 0; i < 3000; i++) {
      const text = randomIPv6Text();
      expect(parseIPv6Key(text), text).toBe(refKey(text));
    }
    for (const bad of [':', ':::', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '::1.2.3', 'fe80::1%eth0', '1.2.3.4']) {
      expect(parseIPv6Key(bad), bad).toBeNull();
    }
  });

  it('IPv6 ranges and formatting agree with ipaddr.js', () => {
    for (let i = 0; i < 500; i++) {
      const text = randomIPv6Text();
      const bits = Math.floor(r() * 129);
      const [start, end] = ipv6RangeKeys(refKey(text), bits);
      const [addr] = ipaddr.IPv6.parseCIDR(`${text}/${bits}`);
      const first = ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/${bits}`);
      expect(start).toBe(refKey(first.toString()));
      expect(end).toBe(refKey(ipaddr.IPv6.broadcastAddressFromCIDR(`${addr.toString()}/${bits}`).toString()));
      expect(formatIPv6(refKey(text))).toBe(ipaddr.IPv6.parse(text).toString());
    }
    expect(mappedIPv4(refKey('::ffff:10.1.2.3'))).toBe(0x0a010203);
    expect(mappedIPv4(refKey('2001:db8::1'))).toBe(-1);
  });
});
