/**
 * Allocation-free address parsing for the command-server matcher. ipaddr.js (the reference in the
 * tests, which compare these functions with it over many addresses) takes about 4 µs per IPv6
 * address: too slow for a million-entry list and 2 million lookups a second. These parse the forms
 * connection tables and block lists use, and reject everything else.
 */

/** Dotted-quad IPv4 in text[from, to) to an unsigned number, or -1. Strict: four decimal octets 0–255, no leading zeros. */
export function parseIPv4(text: string, from = 0, to = text.length): number {
  let value = 0;
  let octet = -1;
  let dots = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 3 || (digits > 0 && octet === 0)) return -1;
      octet = (octet < 0 ? 0 : octet * 10) + (c - 48);
      digits++;
      if (octet > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = -1;
      digits = 0;
      dots++;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + octet;
}

const HEX = '0123456789abcdef';

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * IPv6 in text[from, to) as a 32-character lower-case hex key (fixed width, so string order is
 * numeric order), or null. Accepts `::` compression and a dotted IPv4 tail; no zone ids.
 */
export function parseIPv6Key(text: string, from = 0, to = text.length): string | null {
  const groups: number[] = [];
  let gap = -1;
  let i = from;
  if (to - from < 2) return null;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return null;
    gap = 0;
    i += 2;
    if (i === to) return '0'.repeat(32);
  }
  while (i < to) {
    let j = i;
    let value = 0;
    while (j < to && j - i < 5) {
      const h = hexValue(text.charCodeAt(j));
      if (h < 0) break;
      value = value * 16 + h;
      j++;
    }
    const c = j < to ? text.charCodeAt(j) : -1;
    if (c === 46) {
      const v4 = parseIPv4(text, i, to);
      if (v4 < 0 || groups.length > 6) return null;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
      i = to;
      break;
    }
    if (j === i || j - i > 4) return null;
    groups.push(value);
    if (j === to) {
      i = j;
      break;
    }
    if (c !== 58) return null;
    if (j + 1 < to && text.charCodeAt(j + 1) === 58) {
      if (gap >= 0) return null;
      gap = groups.length;
      i = j + 2;
      continue;
    }
    if (j + 1 === to) return null;
    i = j + 1;
  }
  if (gap < 0 ? groups.length !== 8 : groups.length > 7) return null;
  let key = '';
  const fill = 8 - groups.length;
  for (let g = 0; g < groups.length; g++) {
    if (g === gap) key += '0000'.repeat(fill);
    const v = groups[g]!;
    key += HEX[(v >> 12) & 15]! + HEX[(v >> 8) & 15]! + HEX[(v >> 4) & 15]! + HEX[v & 15]!;
  }
  if (gap === groups.length) key += '0000'.repeat(fill);
  return key;
}

/** The first and last address of `key`/`bits` as hex keys. */
export function ipv6RangeKeys(key: string, bits: number): [string, string] {
  const full = Math.floor(bits / 4);
  const part = bits % 4;
  let start = key.slice(0, full);
  let end = start;
  if (part > 0) {
    const nibble = hexValue(key.charCodeAt(full));
    const mask = (0xf << (4 - part)) & 0xf;
    start += HEX[nibble & mask]!;
    end += HEX[(nibble & mask) | (~mask & 0xf)]!;
  }
  return [start.padEnd(32, '0'), end.padEnd(32, 'f')];
}

const MAPPED_PREFIX = '00000000000000000000ffff';

/** An IPv4-mapped key (::ffff:a.b.c.d) as its IPv4 number, else -1. */
export function mappedIPv4(key: string): number {
  return key.startsWith(MAPPED_PREFIX) ? parseInt(key.slice(24), 16) : -1;
}

export function formatIPv4(n: number): string {
  return `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** A hex key in the shortest usual IPv6 form (longest zero run compressed). */
export function formatIPv6(key: string): string {
  const groups = Array.from({ length: 8 }, (_, g) => parseInt(key.slice(g * 4, g * 4 + 4), 16).toString(16));
  let best = -1;
  let bestLen = 1;
  for (let g = 0; g < 8; ) {
    if (groups[g] !== '0') {
      g++;
      continue;
    }
    let e = g;
    while (e < 8 && groups[e] === '0') e++;
    if (e - g > bestLen) {
      best = g;
      bestLen = e - g;
    }
    g = e;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}
