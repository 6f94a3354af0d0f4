import { lastAtOrBefore } from '../shared/sorted-search';

/**
 * The IPv4 half of the command-server matcher. An entry of prefix /16 or longer lies inside one /16,
 * so entries are grouped into the 65,536 buckets of their top 16 bits, and a lookup scans its own
 * bucket: a real list puts a handful in each, so the build never sorts a million entries that a scan
 * mostly never asks about. A bucket row is one word, the low 16 bits of the start and the prefix
 * length, so that a lookup reads as little memory as it can (at a million entries its cost is cache
 * misses); the entry's id sits in a column of its own, read only for a hit. Kept sorted instead, each
 * group with the running maximum of its ends so that one binary search finds a covering entry, are a
 * bucket crowded with more than CROWDED rows (a list may crowd one /16) and the entries wider than
 * /16 (which cover many buckets).
 */

/** Most entries an index takes: the builder keeps an id and a prefix length in one 32-bit word (26 + 6 bits). */
export const MAX_ENTRIES = 2 ** 26;

/** A bucket with more rows than this is sorted and binary-searched rather than scanned. */
const CROWDED = 32;

/** The 32-bit mask of a prefix length, as a signed bit pattern. */
export function prefixMask(bits: number): number {
  return bits === 0 ? 0 : -1 << (32 - bits);
}

export interface IPv4Index {
  /**
   * Row k: the low 16 bits of its start above its prefix length. Rows [0, wide) are the entries
   * wider than /16, sorted; then bucket after bucket.
   */
  rows: Uint32Array;
  ids: Uint32Array;
  wide: number;
  /** Bucket b holds rows buckets[b] to buckets[b + 1] - 1. */
  buckets: Int32Array;
  /**
   * The sorted rows (the wide ones first, then each crowded bucket's from sortedAt[b]): each one's
   * whole start, the largest end up to it, and the row of that end.
   */
  sortedStarts: Uint32Array;
  maxEnds: Uint32Array;
  maxAt: Int32Array;
  sortedAt: Int32Array;
}

/*
 * The build runs once per scan over up to millions of rows, so each of its loops is a function of its
 * own: V8 compiles a hot loop while it runs, and a later loop in the same function, not yet run, would
 * throw that compiled code away and start again slowly.
 */

/** Row counts: buckets[b + 1] the rows of bucket b; the return value the wide rows. */
function countRows(input: Uint32Array, n: number, buckets: Int32Array): number {
  let wide = 0;
  for (let i = 0; i < n; i++) {
    if ((input[2 * i + 1]! & 63) < 16) wide++;
    else buckets[(input[2 * i]! >>> 16) + 1]!++;
  }
  return wide;
}

/** Counts to first rows: the buckets follow the wide rows. */
function bucketStarts(buckets: Int32Array, wide: number): void {
  buckets[0] = wide;
  for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b]!;
}

/** Where each crowded bucket's sorted rows start in the sorted columns, after the wide rows; returns their total. */
function crowdedOffsets(buckets: Int32Array, wide: number, sortedAt: Int32Array): number {
  let total = wide;
  for (let b = 0; b < 65536; b++) {
    const size = buckets[b + 1]! - buckets[b]!;
    if (size > CROWDED) {
      sortedAt[b] = total;
      total += size;
    }
  }
  return total;
}

/** The counting sort's one scattering pass: each row to its group, in input (file) order. */
function scatter(input: Uint32Array, n: number, index: IPv4Index): void {
  const { rows, ids, sortedStarts } = index;
  const fill = index.buckets.slice(0, 65536);
  let wideFill = 0;
  for (let i = 0; i < n; i++) {
    const start = input[2 * i]!;
    const packed = input[2 * i + 1]!;
    let k: number;
    if ((packed & 63) < 16) {
      k = wideFill++;
      sortedStarts[k] = start;
    } else {
      k = fill[start >>> 16]!++;
    }
    rows[k] = (start << 16) | (packed & 63);
    ids[k] = packed >>> 6;
  }
}

/**
 * Sorts rows [first, end), whose whole starts are in sortedStarts from `at`, by start and stably:
 * each row becomes one double (16 bits of its start above its place in the group, exact below 2^53)
 * for the engine's native sort, then the rows are put in that order. The 16 bits are the ones in
 * which the group's starts differ: the low ones inside a bucket, the high ones for wide rows (whose
 * low 16 are zero).
 */
function sortRows(index: IPv4Index, first: number, end: number, at: number, shift: number): void {
  const { rows, ids, sortedStarts } = index;
  const n = end - first;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((sortedStarts[at + i]! >>> shift) & 0xffff) * MAX_ENTRIES + i;
  keys.sort();
  const rowsCopy = rows.slice(first, end);
  const idsCopy = ids.slice(first, end);
  const startsCopy = sortedStarts.slice(at, at + n);
  for (let k = 0; k < n; k++) {
    const from = keys[k]! % MAX_ENTRIES;
    rows[first + k] = rowsCopy[from]!;
    ids[first + k] = idsCopy[from]!;
    sortedStarts[at + k] = startsCopy[from]!;
  }
}

/** Running maximum of the ends of sorted rows [first, end), written from `at` in maxEnds/maxAt. */
function runningMaximum(index: IPv4Index, first: number, end: number, at: number): void {
  const { rows, sortedStarts, maxEnds, maxAt } = index;
  let maxEnd = -1;
  let maxRow = -1;
  for (let k = first; k < end; k++) {
    const rowEnd = (sortedStarts[at + k - first]! | ~prefixMask(rows[k]! & 63)) >>> 0;
    if (rowEnd > maxEnd) {
      maxEnd = rowEnd;
      maxRow = k;
    }
    maxEnds[at + k - first] = maxEnd;
    maxAt[at + k - first] = maxRow;
  }
}

function sortCrowded(index: IPv4Index): void {
  const { rows, buckets, sortedAt, sortedStarts } = index;
  for (let b = 0; b < 65536; b++) {
    const first = buckets[b]!;
    const end = buckets[b + 1]!;
    if (end - first <= CROWDED) continue;
    for (let k = first; k < end; k++) sortedStarts[sortedAt[b]! + k - first] = ((b << 16) | (rows[k]! >>> 16)) >>> 0;
    sortRows(index, first, end, sortedAt[b]!, 0);
    runningMaximum(index, first, end, sortedAt[b]!);
  }
}

/**
 * Builds the index from n rows of (start, id << 6 | prefix length) with start's host bits clear.
 * `input` is the builder's table.
 */
export function buildIPv4(input: Uint32Array, n: number): IPv4Index {
  const buckets = new Int32Array(65537);
  const wide = countRows(input, n, buckets);
  bucketStarts(buckets, wide);
  const sortedAt = new Int32Array(65536);
  const sorted = crowdedOffsets(buckets, wide, sortedAt);
  const index: IPv4Index = {
    rows: new Uint32Array(n),
    ids: new Uint32Array(n),
    wide,
    buckets,
    sortedStarts: new Uint32Array(sorted),
    maxEnds: new Uint32Array(sorted),
    maxAt: new Int32Array(sorted),
    sortedAt,
  };
  scatter(input, n, index);
  sortRows(index, 0, wide, 0, 16);
  runningMaximum(index, 0, wide, 0);
  sortCrowded(index);
  return index;
}

/** A covering row among sorted rows [first, end) whose sorted columns start at `at`, or -1. */
function searchSorted(index: IPv4Index, first: number, end: number, at: number, value: number): number {
  const { sortedStarts } = index;
  let lo = at;
  let hi = at + end - first - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedStarts[mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= at && index.maxEnds[hi]! >= value ? index.maxAt[hi]! : -1;
}

/**
 * A row covering `value` (unsigned), or -1. Where entries nest, any one of those covering it: in a
 * scanned bucket the first found, in a sorted group the one reaching furthest, and a wide one only
 * when its bucket has none.
 */
export function find4(index: IPv4Index, value: number): number {
  const { rows, buckets } = index;
  const b = value >>> 16;
  const first = buckets[b]!;
  const end = buckets[b + 1]!;
  if (end - first > CROWDED) {
    const k = searchSorted(index, first, end, index.sortedAt[b]!, value);
    if (k >= 0) return k;
  } else {
    const low = value & 0xffff;
    for (let k = first; k < end; k++) {
      // Bucket rows are /16 or longer: a shift of 0–16 keeps the prefix bits of the low half.
      const row = rows[k]!;
      if ((low ^ (row >>> 16)) >>> (32 - (row & 63)) === 0) return k;
    }
  }
  return index.wide > 0 ? searchSorted(index, 0, index.wide, 0, value) : -1;
}

/** Row k's entry: its start (unsigned) and prefix length. */
export function entryOf(index: IPv4Index, k: number): { start: number; bits: number } {
  const { rows, buckets } = index;
  let start: number;
  if (k < index.wide) {
    start = index.sortedStarts[k]!;
  } else {
    // The bucket holding row k: the last whose first row is at or before it (buckets[65536] is past every row).
    const bucket = lastAtOrBefore(buckets, k);
    start = ((bucket << 16) | (rows[k]! >>> 16)) >>> 0;
  }
  return { start, bits: rows[k]! & 63 };
}

/** Bytes of the index's typed arrays. */
export function ipv4Bytes(index: IPv4Index): number {
  return [index.rows, index.ids, index.buckets, index.sortedStarts, index.maxEnds, index.maxAt, index.sortedAt].reduce((sum, a) => sum + a.byteLength, 0);
}
