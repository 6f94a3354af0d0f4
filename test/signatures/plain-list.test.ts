import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { AddressIndexBuilder } from '../../electron/signatures/address-matcher';
import { addPlainList, SignaturesError } from '../../electron/signatures/threat-lists';

/**
 * The plain-list reader has a hand-written fast path for IPv4 lines; these tests hold it, and the
 * IPv6 index, to ipaddr.js over random lists and queries.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function load(text: string): ReturnType<AddressIndexBuilder['build']> {
  const builder = new AddressIndexBuilder();
  addPlainList(builder, bytes(text), 'list.netset', 'list');
  return builder.build();
}

function loadError(text: string): SignaturesError {
  try {
    load(text);
  } catch (err) {
    if (err instanceof SignaturesError) return err;
    throw err;
  }
  throw new Error('loaded without error');
}

interface Range {
  text: string;
  first: bigint;
  last: bigint;
  v6: boolean;
}

function toBig(addr: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return addr.toByteArray().reduce((a, b) => a * 256n + BigInt(b), 0n);
}

function range(text: string): Range {
  const [addr, bits] = text.includes('/') ? ipaddr.parseCIDR(text) : [ipaddr.parse(text), ipaddr.parse(text).kind() === 'ipv4' ? 32 : 128];
  const width = addr.kind() === 'ipv4' ? 32 : 128;
  const size = 1n << BigInt(width - bits);
  const first = toBig(addr) - (toBig(addr) % size);
  return { text, first, last: first + size - 1n, v6: addr.kind() === 'ipv6' };
}

/** The first or last address of a range, or the one just before or after it (wrapping at the ends). */
function edgeOf(range: Range, which: number): string {
  const width = range.v6 ? 128 : 32;
  const top = (1n << BigInt(width)) - 1n;
  const value = [range.first, range.last, range.first - 1n, range.last + 1n][which]! & top;
  const bytes = Array.from({ length: width / 8 }, (_, i) => Number((value >> BigInt(width - 8 - 8 * i)) & 255n));
  return ipaddr.fromByteArray(bytes).toString();
}

describe('plain list files', () => {
  // Clustered: a few /16s (IPv4) and 16-bit groups (IPv6) hold hundreds of rows each, so the index
  // sorts and binary-searches them. Spread: a handful per /16 or group, which the index scans. Ranges
  // wider than a /16 (IPv6: than the third group) lie in the upper half only, so that they do not
  // cover every query and hide a mistake in the buckets of the lower half.
  it.each([
    ['clustered', 4, 4],
    ['spread', 256, 128],
  ])('agree with ipaddr.js on every lookup, over random IPv4 and IPv6 lists with nested ranges (%s)', (_, spread, spread6) => {
    const r = rng(11);
    const pick = (count: number, of: number): number => Math.floor(r() * count) * (of / count);
    const v4 = (upper = false): string => `10.${pick(spread, 256) | (upper ? 128 : 0)}.${pick(256, 256)}.${pick(256, 256)}`;
    const v6 = (upper = false): string => `2001:db8:${(pick(spread6, 65536) | (upper ? 0x8000 : 0)).toString(16)}::${pick(65536, 65536).toString(16)}`;
    const v4Range = (): string => (r() < 0.1 ? `${v4(true)}/${9 + pick(7, 7)}` : `${v4()}/${16 + pick(17, 17)}`);
    const v6Range = (): string => (r() < 0.1 ? `${v6(true)}/${33 + pick(15, 15)}` : `${v6()}/${48 + pick(81, 81)}`);
    const lines: string[] = ['# random list', ''];
    const ranges: Range[] = [];
    for (let i = 0; i < 4000; i++) {
      const x = r();
      const text = x < 0.4 ? v4() : x < 0.7 ? v4Range() : x < 0.85 ? v6() : v6Range();
      ranges.push(range(text));
      const decoration = Math.floor(r() * 5);
      lines.push(decoration === 0 ? `  ${text}\t` : decoration === 1 ? `${text} ; SBL${i}` : decoration === 2 ? `${text}\r` : decoration === 3 ? `${text} # note` : text);
    }
    const matcher = load(lines.join('\n'));
    expect(matcher.size).toBe(ranges.length);
    for (let q = 0; q < 9000; q++) {
      // A third of the queries sit on an edge of a listed range (just inside or just outside), where a
      // misplaced row in the index shows.
      const query = q % 3 === 0 ? edgeOf(ranges[Math.floor(r() * ranges.length)]!, Math.floor(r() * 4)) : r() < 0.6 ? v4() : v6();
      const value = toBig(ipaddr.parse(query));
      const v6Query = query.includes(':');
      const covering = ranges.filter((x) => x.v6 === v6Query && x.first <= value && value <= x.last);
      const hit = matcher.lookup(query);
      expect(hit !== null, query).toBe(covering.length > 0);
      if (hit) {
        const listed = range(hit.value);
        expect(listed.first <= value && value <= listed.last, `${query} in ${hit.value}`).toBe(true);
        expect(covering.some((x) => x.first === listed.first && x.last === listed.last)).toBe(true);
      }
    }
  });

  it('builds a list crowded into one /16, in reverse order, without quadratic time, and still matches exactly', () => {
    const lines: string[] = [];
    for (let i = 65535; i >= 0; i--) lines.push(`10.0.${i >> 8}.${i & 255}`);
    lines.push('10.0.128.0/17');
    const started = performance.now();
    const matcher = load(lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(matcher.size).toBe(65537);
    expect(matcher.lookup('10.0.0.0')?.value).toBe('10.0.0.0');
    expect(matcher.lookup('10.0.3.7')?.value).toBe('10.0.3.7');
    expect(matcher.lookup('10.0.200.1')?.value).toMatch(/^10\.0\.(200\.1|128\.0\/17)$/);
    expect(matcher.lookup('10.1.0.0')).toBeNull();
  });

  it('read back each hit as its network, with the list name as label and the file as source', () => {
    const matcher = load('198.51.100.77/24\n2001:db8:bad:1::/48\n192.0.2.1\n');
    expect(matcher.lookup('198.51.100.1')?.value).toBe('198.51.100.0/24');
    expect(matcher.lookup('2001:db8:bad:ffff::1')?.value).toBe('2001:db8:bad::/48');
    expect(matcher.lookup('::ffff:192.0.2.1')).toMatchObject({ value: '192.0.2.1', file: 'list.netset', label: 'list', port: null });
    expect(matcher.lookup('0.0.0.0')).toBeNull();
    expect(load('0.0.0.0/0\n').lookup('255.255.255.255')?.value).toBe('0.0.0.0/0');
    const mapped = load('::ffff:192.0.2.1\n::ffff:198.51.100.0/120\n');
    expect(mapped.lookup('192.0.2.1')?.value, 'a listed IPv4-mapped address is an IPv4 entry').toBe('192.0.2.1');
    expect(mapped.lookup('::ffff:198.51.100.7')?.value).toBe('198.51.100.0/24');
  });

  it('take a byte order mark, CRLF, blank and comment-only lines, and a last line without a newline', () => {
    const matcher = load('\ufeff# comment\r\n\r\n   \r\n; drop-style comment\r\n192.0.2.1\r\n192.0.2.2');
    expect(matcher.size).toBe(2);
    expect(matcher.lookup('192.0.2.2')).not.toBeNull();
  });

  it('refuse what is not an address or CIDR, naming the line', () => {
    for (const [text, line] of [
      ['192.0.2.1\n192.0.2.256\n', 'line 2'],
      ['192.0.2.1/33\n', 'line 1'],
      ['192.0.2.1/\n', 'line 1'],
      ['192.0.2.01\n', 'line 1'],
      ['192.0.2\n', 'line 1'],
      ['\n\n192.0.2.1 192.0.2.2\n', 'line 3'],
      ['2001:db8::/129\n', 'line 1'],
      ['2001:db8::g\n', 'line 1'],
      ['192.0.2.1\n2001:db8::１\n', 'line 2'],
    ] as const) {
      expect(loadError(text).field, text).toBe(line);
    }
  });
});
