/**
 * Allocation-free address parsing for the command-server matcher. ipaddr.js (the reference in the
 * tests, which compare these functions with it over many addresses) takes about 4 µs per IPv6
 * address: too slow for a million-entry list and 2 million lookups a second. These parse the forms
 * connection tables and block lists use, and reject everything else. An IPv6 address is four
 * unsigned 32-bit words, most significant first, written into a caller's array.
 *
 * List files are parsed as bytes, where they lie, with no string made per line; a lookup's address
 * is a string. IPv4, on both hot paths, has a reader for each (copying a string into bytes first
 * made a lookup 2.5 times slower); IPv6 is parsed from bytes only, and a lookup's IPv6 text copied.
 */

/** The longest address text: eight groups of four hex digits with an IPv4 tail in the last two. */
const MAX_TEXT = 45;

const textBytes = new Uint8Array(MAX_TEXT);

/** text[from, to) into textBytes: its length, or -1 when too long or not ASCII (so no address). */
function toBytes(text: string, from: number, to: number): number {
  if (to - from > MAX_TEXT) return -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return -1;
    textBytes[i - from] = c;
  }
  return to - from;
}

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

/** IPv6 in text[from, to) into out[at..at+3], or false. Accepts `::` compression and a dotted IPv4 tail; no zone ids. */
export function parseIPv6(text: string, from: number, to: number, out: Uint32Array, at = 0): boolean {
  const n = toBytes(text, from, to);
  return n >= 0 && ipv6FromBytes(textBytes, 0, n, out, at);
}

/**
 * What readQuad read: the address as a 32-bit pattern (an int32, which V8 need not box), and where
 * it ended.
 */
export const quad = new Int32Array(2);

/**
 * Reads the dotted quad that starts at b[at], looking no further than n, into quad; false when
 * there is none. It stops after the fourth octet without looking at what follows: a list line goes
 * on with a prefix, a blank or a comment. Each octet's digits are read unrolled, as this runs for
 * every line of a million-line list.
 */
export function readQuad(b: Uint8Array, at: number, n: number): boolean {
  let value = 0;
  let i = at;
  for (let k = 0; k < 4; k++) {
    if (k > 0) {
      if (i >= n || b[i] !== 46) return false;
      i++;
    }
    let d = i < n ? b[i]! - 48 : -1;
    if (d < 0 || d > 9) return false;
    let v = d;
    i++;
    d = i < n ? b[i]! - 48 : -1;
    if (d >= 0 && d <= 9) {
      if (v === 0) return false;
      v = v * 10 + d;
      i++;
      d = i < n ? b[i]! - 48 : -1;
      if (d >= 0 && d <= 9) {
        v = v * 10 + d;
        i++;
        if (v > 255) return false;
      }
    }
    value = (value << 8) | v;
  }
  quad[0] = value;
  quad[1] = i;
  return true;
}

/** Dotted-quad IPv4 in the bytes b[from, to) to an unsigned number, or -1, as parseIPv4. */
export function ipv4FromBytes(b: Uint8Array, from: number, to: number): number {
  return readQuad(b, from, to) && quad[1] === to ? quad[0]! >>> 0 : -1;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Groups as read, before `::` is expanded; one per process, as parsing never re-enters. */
const groups = new Int32Array(8);

/** IPv6 in the bytes b[from, to), as parseIPv6. */
export function ipv6FromBytes(b: Uint8Array, from: number, to: number, out: Uint32Array, at = 0): boolean {
  let count = 0;
  let gap = -1;
  let i = from;
  if (to - from < 2) return false;
  if (b[i] === 58) {
    if (b[i + 1] !== 58) return false;
    gap = 0;
    i += 2;
  }
  while (i < to) {
    let j = i;
    let value = 0;
    while (j < to && j - i < 5) {
      const h = hexValue(b[j]!);
      if (h < 0) break;
      value = value * 16 + h;
      j++;
    }
    const c = j < to ? b[j]! : -1;
    if (c === 46) {
      const v4 = ipv4FromBytes(b, i, to);
      if (v4 < 0 || count > 6) return false;
      groups[count++] = v4 >>> 16;
      groups[count++] = v4 & 0xffff;
      break;
    }
    if (j === i || j - i > 4 || count === 8) return false;
    groups[count++] = value;
    if (j === to) break;
    if (c !== 58) return false;
    if (j + 1 < to && b[j + 1] === 58) {
      if (gap >= 0) return false;
      gap = count;
      i = j + 2;
      continue;
    }
    if (j + 1 === to) return false;
    i = j + 1;
  }
  if (gap < 0 ? count !== 8 : count > 7) return false;
  const fill = 8 - count;
  for (let w = 0; w < 4; w++) {
    const hi = groupAt(2 * w, gap, fill);
    const lo = groupAt(2 * w + 1, gap, fill);
    out[at + w] = hi * 65536 + lo;
  }
  return true;
}

/** Group g of the expanded address: the `fill` zero groups of `::` sit at `gap`. */
function groupAt(g: number, gap: number, fill: number): number {
  if (gap < 0 || g < gap) return groups[g]!;
  if (g < gap + fill) return 0;
  return groups[g - fill]!;
}

/** The first and last address of words[at..at+3]/bits, written into start at `startAt` and end at `endAt`. */
export function ipv6Range(words: Uint32Array, at: number, bits: number, start: Uint32Array, end: Uint32Array, startAt: number, endAt: number): void {
  for (let w = 0; w < 4; w++) {
    const keep = Math.min(32, Math.max(0, bits - 32 * w));
    const mask = keep === 0 ? 0 : -1 << (32 - keep);
    start[startAt + w] = words[at + w]! & mask;
    end[endAt + w] = words[at + w]! | ~mask;
  }
}

/** words[at..at+3] against other[to..to+3]: negative, zero or positive, as in a sort. */
export function compareIPv6(words: Uint32Array, at: number, other: Uint32Array, to: number): number {
  // Compared, not subtracted: a difference of two unsigned words is no 32-bit integer, and V8
  // would throw away code compiled for integers the first time one is not.
  for (let w = 0; w < 4; w++) {
    const a = words[at + w]!;
    const b = other[to + w]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** An IPv4-mapped address (::ffff:a.b.c.d) as its IPv4 number, else -1. */
export function mappedIPv4(words: Uint32Array, at = 0): number {
  return words[at] === 0 && words[at + 1] === 0 && words[at + 2] === 0xffff ? words[at + 3]! : -1;
}

export function formatIPv4(n: number): string {
  return `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** words[at..at+3] in the shortest usual IPv6 form (longest zero run compressed). */
export function formatIPv6(words: Uint32Array, at = 0): string {
  const parts = Array.from({ length: 8 }, (_, g) => {
    const word = words[at + (g >> 1)]!;
    return (g % 2 === 0 ? word >>> 16 : word & 0xffff).toString(16);
  });
  let best = -1;
  let bestLen = 1;
  for (let g = 0; g < 8; ) {
    if (parts[g] !== '0') {
      g++;
      continue;
    }
    let e = g;
    while (e < 8 && parts[e] === '0') e++;
    if (e - g > bestLen) {
      best = g;
      bestLen = e - g;
    }
    g = e;
  }
  if (best < 0) return parts.join(':');
  return `${parts.slice(0, best).join(':')}::${parts.slice(best + bestLen).join(':')}`;
}
