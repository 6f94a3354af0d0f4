import { describe, expect, it } from 'vitest';
import { AddressIndexBuilder } from '../../electron/signatures/address-matcher';
import type { AddressMatcher, ThreatEntry } from '../../electron/signatures/types';

function buildAddressMatcher(entries: readonly ThreatEntry[]): AddressMatcher {
  const builder = new AddressIndexBuilder();
  for (const e of entries) builder.add(e.value, e.file, e.label, e.port);
  return builder.build();
}

const entry = (value: string, label: string | null = null): ThreatEntry => ({ value, file: 'test', label, port: null });

describe('address matcher', () => {
  const matcher = buildAddressMatcher([
    entry('192.9.135.73', 'Pikabot'),
    entry('10.0.0.0/8', 'wide'),
    entry('10.20.30.0/24', 'narrow'),
    entry('203.0.113.7/32'),
    entry('2001:db8::/32', 'v6 range'),
    entry('2001:db8:1::5', 'v6 single'),
    entry('not an address'),
  ]);

  it('ignores invalid entries when counting', () => {
    expect(matcher.size).toBe(6);
  });

  it('matches exact IPv4 addresses and nothing next to them', () => {
    expect(matcher.lookup('192.9.135.73')?.label).toBe('Pikabot');
    expect(matcher.lookup('192.9.135.72')).toBeNull();
    expect(matcher.lookup('192.9.135.74')).toBeNull();
    expect(matcher.lookup('203.0.113.7')?.value, 'a /32 reads back as its address').toBe('203.0.113.7');
  });

  it('matches inside CIDR ranges, including ranges nested in wider ones', () => {
    expect(matcher.lookup('10.255.255.255')?.label).toBe('wide');
    expect(matcher.lookup('10.20.30.99')?.label).toMatch(/wide|narrow/);
    expect(matcher.lookup('10.20.31.1')?.label).toBe('wide');
    expect(matcher.lookup('11.0.0.0')).toBeNull();
  });

  it('matches IPv4-mapped IPv6 as IPv4, as netstat prints it', () => {
    expect(matcher.lookup('::ffff:192.9.135.73')?.label).toBe('Pikabot');
    expect(matcher.lookup('[::ffff:192.9.135.73%eth0]')?.label).toBe('Pikabot');
    expect(matcher.lookup('::FFFF:192.9.135.73')?.label, 'upper case').toBe('Pikabot');
    expect(matcher.lookup('0:0:0:0:0:ffff:c009:8749')?.label, 'hexadecimal, uncompressed').toBe('Pikabot');
    expect(matcher.lookup('::ffff:192.9.135.72')).toBeNull();
    expect(matcher.lookup('::ffff:192.9.135')).toBeNull();
  });

  it('matches IPv6 addresses and ranges, with brackets or zone ids stripped', () => {
    expect(matcher.lookup('2001:db8:ffff::1')?.label).toBe('v6 range');
    expect(matcher.lookup('[2001:db8:1::5]')).not.toBeNull();
    expect(matcher.lookup('2001:db9::1')).toBeNull();
  });

  it('never matches garbage or empty input', () => {
    expect(matcher.lookup('')).toBeNull();
    expect(matcher.lookup('*')).toBeNull();
    expect(matcher.lookup('999.1.1.1')).toBeNull();
  });

  it('finds a small range that starts after a wide one ended', () => {
    const m = buildAddressMatcher([entry('1.0.0.0/24', 'a'), entry('1.0.0.5', 'b'), entry('1.0.2.0/24', 'c')]);
    expect(m.lookup('1.0.1.1')).toBeNull();
    expect(m.lookup('1.0.2.200')?.label).toBe('c');
  });
});

describe('address matcher against brute force', () => {
  const v4 = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

  // Clustered in 192.160.0.0/12 (buckets above 0x8000, where a sign bit would show), so that ranges
  // nest and overlap often and /16s are crowded; ranges wider than a /16 lie in its upper half only,
  // so that they cover no query in the lower half. Or ranges wider than a /16 anywhere, which the
  // index keeps apart from its buckets.
  it.each([
    ['clustered', 0xc0a00000, 2 ** 20, 2 ** 19, (r: () => number) => (r() < 0.5 ? 32 : r() < 0.1 ? 13 + Math.floor(r() * 3) : 16 + Math.floor(r() * 17))],
    ['wide', 0, 2 ** 32, 0, (r: () => number) => (r() < 0.3 ? 32 : 8 + Math.floor(r() * 8))],
  ])('finds a covering entry exactly when one exists, over thousands of random entries and queries (%s)', (_, from, span, wideFrom, prefix) => {
    let seed = 42;
    const r = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const ranges: { start: number; end: number }[] = [];
    const entries: ThreatEntry[] = [];
    for (let i = 0; i < 3000; i++) {
      const bits = prefix(r);
      const base = bits < 16 ? from + wideFrom + Math.floor(r() * (span - wideFrom)) : from + Math.floor(r() * span);
      const size = 2 ** (32 - bits);
      const start = base - (base % size);
      ranges.push({ start, end: start + size - 1 });
      entries.push(entry(bits === 32 ? v4(base) : `${v4(base)}/${bits}`, String(i)));
    }
    const matcher = buildAddressMatcher(entries);
    for (let q = 0; q < 20000; q++) {
      // Every other query on an edge of a listed range: its first or last address, or just outside.
      const edge = ranges[Math.floor(r() * ranges.length)]!;
      const addr = q % 2 === 0 ? from + Math.floor(r() * span) : [edge.start, edge.end, edge.start - 1, edge.end + 1][Math.floor(r() * 4)]!;
      if (addr < 0 || addr > 0xffffffff) continue;
      const covering = ranges.filter((x) => x.start <= addr && addr <= x.end);
      const hit = matcher.lookup(v4(addr));
      expect(hit !== null, v4(addr)).toBe(covering.length > 0);
      if (hit) expect(covering).toContainEqual(ranges[Number(hit.label)]);
    }
  });
});
