import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { compareIPv6, formatIPv6, ipv6Range, mappedIPv4, parseIPv4, parseIPv6 } from '../../electron/signatures/ip-parse';

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

/** The four 32-bit words of an address, as ipaddr.js reads it. */
function refWords(text: string): number[] {
  const bytes = ipaddr.IPv6.parse(text).toByteArray();
  return [0, 1, 2, 3].map((w) => bytes.slice(4 * w, 4 * w + 4).reduce((a, b) => a * 256 + b, 0));
}

function words(text: string): number[] | null {
  const out = new Uint32Array(4);
  return parseIPv6(text, 0, text.length, out) ? [...out] : null;
}

describe('fast address parsing against ipaddr.js', () => {
  it('IPv4: same verdict and value on valid, invalid and tricky inputs', () => {
    const inputs = ['0.0.0.0', '255.255.255.255', '192.168.1.1', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1..2.3', ' 1.2.3.4', '1.2.3.4 ', 'a.b.c.d', '', '１.2.3.4', '1.2.3.4\u0100'];
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
      expect(words(text), text).toEqual(refWords(text));
    }
    const longest = '0000:0000:0000:0000:0000:ffff:255.255.255.255';
    expect(words(longest), 'the longest form').toEqual(refWords(longest));
    for (const bad of [':', ':::', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9', '1::2:3:4:5:6:7:8', '1:2:3:4:5:6:7', '::1.2.3', 'fe80::1%eth0', '1.2.3.4', '2001:db8::１']) {
      expect(words(bad), bad).toBeNull();
    }
  });

  it('IPv6 ranges and formatting agree with ipaddr.js', () => {
    for (let i = 0; i < 500; i++) {
      const text = randomIPv6Text();
      const bits = Math.floor(r() * 129);
      const start = new Uint32Array(4);
      const end = new Uint32Array(8);
      ipv6Range(Uint32Array.from(refWords(text)), 0, bits, start, end, 0, 4);
      const [addr] = ipaddr.IPv6.parseCIDR(`${text}/${bits}`);
      expect([...start]).toEqual(refWords(ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/${bits}`).toString()));
      expect([...end.subarray(4)]).toEqual(refWords(ipaddr.IPv6.broadcastAddressFromCIDR(`${addr.toString()}/${bits}`).toString()));
      expect(formatIPv6(Uint32Array.from(refWords(text)))).toBe(ipaddr.IPv6.parse(text).toString());
    }
    expect(mappedIPv4(Uint32Array.from(refWords('::ffff:10.1.2.3')))).toBe(0x0a010203);
    expect(mappedIPv4(Uint32Array.from(refWords('2001:db8::1')))).toBe(-1);
  });

  it('IPv6 order: compareIPv6 sorts as the 128-bit numbers do', () => {
    const texts = Array.from({ length: 300 }, randomIPv6Text);
    const asBig = (t: string): bigint => ipaddr.IPv6.parse(t).toByteArray().reduce((a, b) => a * 256n + BigInt(b), 0n);
    for (let i = 1; i < texts.length; i++) {
      const [a, b] = [texts[i - 1]!, texts[i]!];
      const got = Math.sign(compareIPv6(Uint32Array.from(refWords(a)), 0, Uint32Array.from(refWords(b)), 0));
      expect(got, `${a} vs ${b}`).toBe(asBig(a) < asBig(b) ? -1 : asBig(a) > asBig(b) ? 1 : 0);
    }
  });
});
