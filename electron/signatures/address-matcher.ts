import { compareIPv6, formatIPv4, formatIPv6, ipv6Range, mappedIPv4, parseIPv4, parseIPv6 } from './ip-parse';
import type { AddressMatcher, ThreatEntry } from './types';

/**
 * Exact and CIDR matching for IPv4 and IPv6, built once per scan and sized for lists of millions.
 * Every entry is an interval [start, end] in typed arrays (IPv6 as four 32-bit words). Intervals are
 * sorted by start with a running maximum of the ends, so one binary search finds the last interval
 * starting at or before an address and the running maximum says whether any interval up to there
 * still covers it. Entries are kept as columns and become a ThreatEntry only for a hit; an entry's
 * text is rebuilt from its interval.
 */

function prefixBits(text: string, slash: number, to: number, max: number): number {
  if (to - slash < 2 || to - slash > 4) return -1;
  let bits = 0;
  for (let i = slash + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    bits = bits * 10 + (c - 48);
  }
  return bits <= max ? bits : -1;
}

/** A growable table of unsigned 32-bit values, `width` per row. */
class Rows {
  data: Uint32Array;
  length = 0;

  constructor(readonly width: number) {
    this.data = new Uint32Array(1024 * width);
  }

  /** Room for `more` rows, so that a list's loop never copies the table while it fills it. */
  reserve(more: number): void {
    const need = this.length + more * this.width;
    if (need <= this.data.length) return;
    const next = new Uint32Array(Math.max(need, this.data.length * 2));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** Index of a new row's first slot. */
  grow(): number {
    this.reserve(1);
    const at = this.length;
    this.length += this.width;
    return at;
  }

  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Entries from one file with one label share their metadata: stored once per run, not per entry. */
interface Segment {
  firstId: number;
  file: string;
  label: string | null;
}

/** Most entries a builder takes: an id and a prefix length share one 32-bit word (26 + 6 bits). */
const MAX_ENTRIES = 2 ** 26;

/** The 32-bit mask of a prefix length, as a signed bit pattern. */
function prefixMask(bits: number): number {
  return bits === 0 ? 0 : -1 << (32 - bits);
}

/**
 * The IPv4 index. `pairs` holds each interval's start next to the running maximum end up to it, so
 * the binary search and the covering test read the same cache line: at a million entries the lookup
 * costs its cache misses, not its comparisons. The 65,536 buckets of the top 16 bits narrow the
 * search to a handful of entries. `idBits` keeps each sorted row's id and prefix length.
 */
interface IPv4Index {
  pairs: Uint32Array;
  /** Row whose end is the running maximum, i.e. the interval reported for a hit. */
  maxAt: Int32Array;
  idBits: Uint32Array;
  buckets: Int32Array;
}

/*
 * The build runs once per scan over up to millions of rows, so each of its loops is a function of its
 * own: V8 compiles a hot loop while it runs, and a later loop in the same function, not yet run, would
 * throw that compiled code away and start again slowly.
 */

/** Bucket b of the top 16 bits holds sorted rows buckets[b] to buckets[b + 1] - 1. */
function countBuckets(input: Uint32Array, n: number): Int32Array {
  const buckets = new Int32Array(65537);
  for (let i = 0; i < n; i++) buckets[(input[2 * i]! >>> 16) + 1]!++;
  for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b]!;
  return buckets;
}

/** The counting sort's one scattering pass: each row to its bucket, in input order. */
function scatter(input: Uint32Array, n: number, buckets: Int32Array): Uint32Array {
  const fill = buckets.slice(0, 65536);
  const out = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const k = 2 * fill[input[2 * i]! >>> 16]!++;
    out[k] = input[2 * i]!;
    out[k + 1] = input[2 * i + 1]!;
  }
  return out;
}

/** Above this many rows a bucket is sorted natively: insertion sort is quadratic, and a list may crowd one /16. */
const INSERTION_SORT_LIMIT = 32;

/** Insertion sort inside each bucket: a handful of rows each in real lists, already in memory order. */
function sortBuckets(rows: Uint32Array, buckets: Int32Array): void {
  for (let b = 0; b < 65536; b++) {
    const first = buckets[b]!;
    if (buckets[b + 1]! - first > INSERTION_SORT_LIMIT) {
      sortLargeBucket(rows, first, buckets[b + 1]!);
      continue;
    }
    for (let k = first + 1; k < buckets[b + 1]!; k++) {
      const s0 = rows[2 * k]!;
      if (rows[2 * k - 2]! <= s0) continue;
      const v0 = rows[2 * k + 1]!;
      let j = k - 1;
      while (j >= first && rows[2 * j]! > s0) {
        rows[2 * j + 2] = rows[2 * j]!;
        rows[2 * j + 3] = rows[2 * j + 1]!;
        j--;
      }
      rows[2 * j + 2] = s0;
      rows[2 * j + 3] = v0;
    }
  }
}

/**
 * Sorts rows [first, end) of one bucket by start, stably: each row becomes one double (the low 16 bits
 * of its start above its place in the bucket, exact below 2^53) for the engine's native sort, then the
 * rows are put in that order.
 */
function sortLargeBucket(rows: Uint32Array, first: number, end: number): void {
  const n = end - first;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (rows[2 * (first + i)]! & 0xffff) * MAX_ENTRIES + i;
  keys.sort();
  const copy = rows.slice(2 * first, 2 * end);
  for (let k = 0; k < n; k++) {
    const from = keys[k]! % MAX_ENTRIES;
    rows[2 * (first + k)] = copy[2 * from]!;
    rows[2 * (first + k) + 1] = copy[2 * from + 1]!;
  }
}

/**
 * Turns sorted (start, id << 6 | bits) rows into (start, running maximum end) pairs, moving each
 * row's id and prefix length to `idBits` and the row of the running maximum to `maxAt`.
 */
function runningMaximum(rows: Uint32Array, n: number, idBits: Uint32Array, maxAt: Int32Array): void {
  let maxEnd = -1;
  let at = -1;
  for (let k = 0; k < n; k++) {
    const packed = rows[2 * k + 1]!;
    const end = (rows[2 * k]! | ~prefixMask(packed & 63)) >>> 0;
    if (end > maxEnd) {
      maxEnd = end;
      at = k;
    }
    idBits[k] = packed;
    rows[2 * k + 1] = maxEnd;
    maxAt[k] = at;
  }
}

/**
 * Sorts the builder's IPv4 rows (start, id << 6 | prefix length) with a counting sort on the top 16
 * bits (which also gives the buckets) and an insertion sort inside each bucket. Memory that is new to
 * the process costs a page fault per 4 KB (microseconds each, in a VM): the index takes one new
 * table and reuses the builder's for its other two columns.
 */
function buildIPv4(input: Uint32Array, n: number): IPv4Index {
  const buckets = countBuckets(input, n);
  const pairs = scatter(input, n, buckets);
  sortBuckets(pairs, buckets);
  const idBits = input.subarray(0, n);
  const maxAt = new Int32Array(input.buffer, input.byteOffset + 4 * n, n);
  runningMaximum(pairs, n, idBits, maxAt);
  return { pairs, maxAt, idBits, buckets };
}

/**
 * The row whose running maximum covers `value` (its maxAt is the covering interval), or -1. The
 * covering row itself is looked up only when a hit is read: one cache miss fewer per lookup.
 */
function find4(index: IPv4Index, value: number): number {
  const { pairs, buckets } = index;
  const b = value >>> 16;
  let lo = buckets[b]!;
  let hi = buckets[b + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (pairs[2 * mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && pairs[2 * hi + 1]! >= value ? hi : -1;
}

/** IPv6 rows as the builder collects them: start (4 words), end (4 words), prefix length, id. */
const V6_WIDTH = 10;

/** The IPv6 index, sorted by start. */
interface IPv6Index {
  starts: Uint32Array;
  maxEnds: Uint32Array;
  maxAt: Int32Array;
  bits: Uint8Array;
  ids: Uint32Array;
}

/**
 * Row order of the IPv6 starts, ascending: a least-significant-digit radix sort over the eight 16-bit
 * groups, skipping groups in which every start agrees (most of a real list shares its leading groups,
 * ranges their trailing zeros). No comparison callbacks, so a large IPv6 list costs a few passes.
 */
function sortIPv6(input: Uint32Array, n: number): Int32Array {
  let order = new Int32Array(n);
  if (n === 0) return order;
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const count = new Int32Array(65537);
  for (let digit = 0; digit < 8; digit++) {
    const word = 3 - (digit >> 1);
    const shift = digit % 2 === 0 ? 0 : 16;
    countDigits(input, n, word, shift, count);
    if (count.includes(n)) continue;
    for (let d = 0; d < 65536; d++) count[d + 1]! += count[d]!;
    moveByDigit(input, word, shift, order, next, count);
    [order, next] = [next, order];
  }
  return order;
}

/** The radix sort's 16-bit digit at `shift` of start word `word` of row i. */
function digitOf(input: Uint32Array, i: number, word: number, shift: number): number {
  return (input[V6_WIDTH * i + word]! >>> shift) & 0xffff;
}

/** How many rows have each digit, counted one slot up so that prefix sums give where each digit starts. */
function countDigits(input: Uint32Array, n: number, word: number, shift: number, count: Int32Array): void {
  count.fill(0);
  for (let i = 0; i < n; i++) count[digitOf(input, i, word, shift) + 1]!++;
}

/** One stable pass of the radix sort, from `order` into `next`. */
function moveByDigit(input: Uint32Array, word: number, shift: number, order: Int32Array, next: Int32Array, start: Int32Array): void {
  for (let i = 0; i < order.length; i++) {
    const row = order[i]!;
    next[start[digitOf(input, row, word, shift)]!++] = row;
  }
}

function buildIPv6(input: Uint32Array): IPv6Index {
  const n = input.length / V6_WIDTH;
  const order = sortIPv6(input, n);
  const starts = new Uint32Array(4 * n);
  const maxEnds = new Uint32Array(4 * n);
  const end = new Uint32Array(4);
  const maxAt = new Int32Array(n);
  const bits = new Uint8Array(n);
  const ids = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const from = V6_WIDTH * order[k]!;
    for (let w = 0; w < 4; w++) {
      starts[4 * k + w] = input[from + w]!;
      end[w] = input[from + 4 + w]!;
    }
    bits[k] = input[from + 8]!;
    ids[k] = input[from + 9]!;
    const keep = k > 0 && compareIPv6(maxEnds, 4 * (k - 1), end, 0) >= 0;
    for (let w = 0; w < 4; w++) maxEnds[4 * k + w] = keep ? maxEnds[4 * (k - 1) + w]! : end[w]!;
    maxAt[k] = keep ? maxAt[k - 1]! : k;
  }
  return { starts, maxEnds, maxAt, bits, ids };
}

function find6(index: IPv6Index, words: Uint32Array): number {
  let lo = 0;
  let hi = index.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (compareIPv6(index.starts, 4 * mid, words, 0) <= 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && compareIPv6(index.maxEnds, 4 * hi, words, 0) >= 0 ? hi : -1;
}

/** Index of the last element ≤ value in a sorted array, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Collects entries as rows of typed tables; `build()` sorts them once. */
export class AddressIndexBuilder {
  private readonly segments: Segment[] = [];
  /** Ports are per row only in Feodo Tracker files: sparse. */
  private readonly ports = new Map<number, number>();
  private count = 0;
  /** IPv4 rows of (start, id << 6 | prefix length). */
  private v4 = new Rows(2);
  private v6 = new Rows(V6_WIDTH);
  private readonly scratch = new Uint32Array(4);

  /**
   * Entries added from here on come from `file` with `label`; `expectedRows` reserves room up front
   * (a list file's byte length over the shortest line, say), so its loop never copies the table.
   */
  source(file: string, label: string | null, expectedRows = 0): void {
    const last = this.segments[this.segments.length - 1];
    if (!last || last.file !== file || last.label !== label) this.segments.push({ firstId: this.count, file, label });
    this.v4.reserve(expectedRows);
  }

  private makeRoom(entries: number): void {
    if (this.segments.length === 0) throw new Error('AddressIndexBuilder: source() before adding entries');
    if (this.count + entries > MAX_ENTRIES) throw new Error(`AddressIndexBuilder: more than ${MAX_ENTRIES} entries`);
  }

  private entry(port: number | null): number {
    this.makeRoom(1);
    const id = this.count++;
    if (port !== null) this.ports.set(id, port);
    return id;
  }

  /**
   * Adds IPv4 rows read in bulk, with no port: rows[2i] an address (as a 32-bit pattern),
   * rows[2i + 1] its prefix length 0–32. One tight loop per batch, where a call per row would cost
   * as much as reading the line.
   */
  addIPv4Rows(rows: Int32Array, count: number): void {
    if (count === 0) return;
    this.makeRoom(count);
    this.v4.reserve(count);
    const table = this.v4.data;
    let at = this.v4.length;
    let id = this.count;
    for (let i = 0; i < count; i++) {
      const bits = rows[2 * i + 1]!;
      table[at++] = rows[2 * i]! & prefixMask(bits);
      table[at++] = (id++ << 6) | bits;
    }
    this.v4.length = at;
    this.count = id;
  }

  /** Adds an IPv4 address (unsigned, or the same 32 bits signed) with its prefix length 0–32. */
  private addIPv4(address: number, bits: number, port: number | null): void {
    const id = this.entry(port);
    const at = this.v4.grow();
    const rows = this.v4.data;
    rows[at] = address & prefixMask(bits);
    rows[at + 1] = (id << 6) | bits;
  }

  /** Adds the address or CIDR in text[from, to); false when it is neither (the caller reports where). */
  addText(text: string, from: number, to: number, port: number | null): boolean {
    let end = from;
    while (end < to && text.charCodeAt(end) !== 47) end++;
    const v4 = parseIPv4(text, from, end);
    if (v4 >= 0) {
      const bits = end < to ? prefixBits(text, end, to, 32) : 32;
      if (bits < 0) return false;
      this.addIPv4(v4, bits, port);
      return true;
    }
    if (!parseIPv6(text, from, end, this.scratch)) return false;
    const bits = end < to ? prefixBits(text, end, to, 128) : 128;
    if (bits < 0) return false;
    const id = this.entry(port);
    const at = this.v6.grow();
    const rows = this.v6.data;
    ipv6Range(this.scratch, 0, bits, rows, rows, at, at + 4);
    rows[at + 8] = bits;
    rows[at + 9] = id;
    return true;
  }

  /** One address or CIDR with its own source: for short lists built entry by entry. */
  add(value: string, file: string, label: string | null, port: number | null): boolean {
    this.source(file, label);
    const v = value.trim();
    return this.addText(v, 0, v.length, port);
  }

  build(): AddressMatcher {
    const v4 = buildIPv4(this.v4.data, this.v4.length / 2);
    const v6 = buildIPv6(this.v6.view());
    const { segments, ports } = this;
    const segmentStarts = segments.map((x) => x.firstId);
    const size = this.count;
    // The builder's columns are garbage once the index exists.
    this.v4 = new Rows(2);
    this.v6 = new Rows(V6_WIDTH);
    const segmentOf = (id: number): Segment => segments[lastAtOrBefore(segmentStarts, id)]!;

    const v4Text = (k: number): string => {
      const start = formatIPv4(v4.pairs[2 * k]!);
      const bits = v4.idBits[k]! & 63;
      return bits === 32 ? start : `${start}/${bits}`;
    };
    const v6Text = (k: number): string => {
      const bits = v6.bits[k]!;
      return bits === 128 ? formatIPv6(v6.starts, 4 * k) : `${formatIPv6(v6.starts, 4 * k)}/${bits}`;
    };

    /**
     * A hit, found at row `found` of the search; the covering entry (that row's maxAt) and its text
     * are looked up only when read (a scan reads a few, a benchmark a million).
     */
    class Hit implements ThreatEntry {
      constructor(
        private readonly ipv6: boolean,
        private readonly found: number,
      ) {}
      private get at(): number {
        return this.ipv6 ? v6.maxAt[this.found]! : v4.maxAt[this.found]!;
      }
      private get id(): number {
        return this.ipv6 ? v6.ids[this.at]! : v4.idBits[this.at]! >>> 6;
      }
      get value(): string {
        return this.ipv6 ? v6Text(this.at) : v4Text(this.at);
      }
      get file(): string {
        return segmentOf(this.id).file;
      }
      get label(): string | null {
        return segmentOf(this.id).label;
      }
      get port(): number | null {
        return ports.get(this.id) ?? null;
      }
      toJSON(): ThreatEntry {
        return { value: this.value, file: this.file, label: this.label, port: this.port };
      }
    }
    const hit4 = (value: number): ThreatEntry | null => {
      const k = find4(v4, value);
      return k < 0 ? null : new Hit(false, k);
    };
    const words = new Uint32Array(4);

    const memoryBytes =
      v4.pairs.byteLength + v4.idBits.buffer.byteLength + v4.buckets.byteLength + [v6.starts, v6.maxEnds, v6.maxAt, v6.bits, v6.ids].reduce((sum, a) => sum + a.byteLength, 0);

    return {
      size,
      memoryBytes,
      lookup(address) {
        const ipv4 = parseIPv4(address);
        if (ipv4 >= 0) return hit4(ipv4);
        // Connection tables write IPv6 bare, in brackets, or with a %zone.
        let from = 0;
        let to = address.length;
        if (address.charCodeAt(0) === 91) {
          from = 1;
          to = address.indexOf(']');
          if (to < 0) return null;
        }
        const zone = address.indexOf('%', from);
        if (zone >= 0 && zone < to) to = zone;
        if (!parseIPv6(address, from, to, words)) return null;
        // IPv4-mapped, as dual-stack sockets show IPv4 peers.
        const mapped = mappedIPv4(words);
        if (mapped >= 0) return hit4(mapped);
        const k = find6(v6, words);
        return k < 0 ? null : new Hit(true, k);
      },
    };
  }
}
