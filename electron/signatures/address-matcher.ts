import ipaddr from 'ipaddr.js';
import type { AddressMatcher, ThreatEntry } from './types';

/**
 * Exact and CIDR matching for IPv4 and IPv6, built once per scan. Entries become [start, end]
 * intervals sorted by start; a running maximum of the ends lets one binary search answer whether any
 * interval that starts at or before the address still covers it.
 */

interface Interval<N> {
  start: N;
  end: N;
  entry: ThreatEntry;
}

interface Index<N> {
  starts: N[];
  maxEnd: N[];
  maxEntry: ThreatEntry[];
}

function buildIndex<N extends number | bigint>(intervals: Interval<N>[]): Index<N> {
  intervals.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const starts: N[] = new Array(intervals.length);
  const maxEnd: N[] = new Array(intervals.length);
  const maxEntry: ThreatEntry[] = new Array(intervals.length);
  for (let i = 0; i < intervals.length; i++) {
    const iv = intervals[i]!;
    starts[i] = iv.start;
    if (i > 0 && maxEnd[i - 1]! >= iv.end) {
      maxEnd[i] = maxEnd[i - 1]!;
      maxEntry[i] = maxEntry[i - 1]!;
    } else {
      maxEnd[i] = iv.end;
      maxEntry[i] = iv.entry;
    }
  }
  return { starts, maxEnd, maxEntry };
}

function search<N extends number | bigint>(index: Index<N>, value: N): ThreatEntry | null {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (index.starts[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return null;
  return index.maxEnd[found]! >= value ? index.maxEntry[found]! : null;
}

function v4ToNumber(bytes: number[]): number {
  return ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
}

function v6ToBigInt(bytes: number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

type Parsed = { kind: 'ipv4'; value: number } | { kind: 'ipv6'; value: bigint };

/** An address as a number; IPv4-mapped IPv6 (::ffff:a.b.c.d, as netstat shows it) counts as IPv4. */
export function addressValue(address: string): Parsed | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return null;
  let addr = ipaddr.parse(bare);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
  return addr.kind() === 'ipv4' ? { kind: 'ipv4', value: v4ToNumber(addr.toByteArray()) } : { kind: 'ipv6', value: v6ToBigInt(addr.toByteArray()) };
}

/** Parses "a.b.c.d", "a.b.c.d/n", "x::y", "x::y/n"; returns null for anything else. */
export function parseEntryRange(text: string): { kind: 'ipv4'; start: number; end: number } | { kind: 'ipv6'; start: bigint; end: bigint } | null {
  const value = text.trim();
  if (value.includes('/')) {
    if (!ipaddr.isValidCIDR(value)) return null;
    const [addr, bits] = ipaddr.parseCIDR(value);
    if (addr.kind() === 'ipv4') {
      const base = v4ToNumber(addr.toByteArray());
      const size = 2 ** (32 - bits);
      const start = Math.floor(base / size) * size;
      return { kind: 'ipv4', start, end: start + size - 1 };
    }
    const base = v6ToBigInt(addr.toByteArray());
    const hostBits = BigInt(128 - bits);
    const mask = (1n << hostBits) - 1n;
    const start = base & ~mask & ((1n << 128n) - 1n);
    return { kind: 'ipv6', start, end: start | mask };
  }
  const single = addressValue(value);
  if (!single || value.includes('%')) return null;
  return single.kind === 'ipv4' ? { kind: 'ipv4', start: single.value, end: single.value } : { kind: 'ipv6', start: single.value, end: single.value };
}

export function buildAddressMatcher(entries: readonly ThreatEntry[]): AddressMatcher {
  const v4: Interval<number>[] = [];
  const v6: Interval<bigint>[] = [];
  for (const entry of entries) {
    const range = parseEntryRange(entry.value);
    if (!range) continue;
    if (range.kind === 'ipv4') v4.push({ start: range.start, end: range.end, entry });
    else v6.push({ start: range.start, end: range.end, entry });
  }
  const index4 = buildIndex(v4);
  const index6 = buildIndex(v6);
  return {
    size: v4.length + v6.length,
    lookup(address) {
      const parsedAddress = addressValue(address);
      if (!parsedAddress) return null;
      return parsedAddress.kind === 'ipv4' ? search(index4, parsedAddress.value) : search(index6, parsedAddress.value);
    },
  };
}
