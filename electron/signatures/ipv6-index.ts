import { compareIPv6 } from './ip-parse';

/**
 * The IPv6 half of the command-server matcher: rows sorted by start, each with the running maximum
 * of the ends up to it, so that one binary search finds the last row starting at or before an
 * address and the running maximum says whether any row up to there still covers it.
 */

/** Rows as the builder collects them: start (4 words), end (4 words), prefix length, id. */
export const V6_WIDTH = 10;

/** A group of more rows than this is sorted by radix rather than by insertion. */
const CROWDED = 32;

export interface IPv6Index {
  /** Rows sorted by start; words 4–7 of each now hold the largest end up to that row. */
  rows: Uint32Array;
  /** Row of that largest end: the entry reported for a hit. */
  maxAt: Int32Array;
  /**
   * The group the rows were sorted on (every start agrees on the groups before it; 8 when all
   * starts are equal), and where the rows with each value of it begin: a lookup that shares those
   * leading groups searches only its own bucket.
   */
  group: number;
  buckets: Int32Array | null;
}

/** The 16-bit group `group` of an address whose word group >> 1 is `word`. */
function groupIn(word: number, group: number): number {
  return group % 2 === 0 ? word >>> 16 : word & 0xffff;
}

function groupOf(rows: Uint32Array, row: number, group: number): number {
  return groupIn(rows[V6_WIDTH * row + (group >> 1)]!, group);
}

/** Buckets of the 16-bit group: bucket g holds sorted rows buckets[g] to buckets[g + 1] - 1. */
function countGroups(input: Uint32Array, n: number, group: number): Int32Array {
  const buckets = new Int32Array(65537);
  for (let i = 0; i < n; i++) buckets[groupOf(input, i, group) + 1]!++;
  for (let g = 0; g < 65536; g++) buckets[g + 1]! += buckets[g]!;
  return buckets;
}

function scatter(input: Uint32Array, n: number, group: number, buckets: Int32Array): Uint32Array {
  const fill = buckets.slice(0, 65536);
  const out = new Uint32Array(V6_WIDTH * n);
  for (let i = 0; i < n; i++) {
    const to = V6_WIDTH * fill[groupOf(input, i, group)]!++;
    for (let w = 0; w < V6_WIDTH; w++) out[to + w] = input[V6_WIDTH * i + w]!;
  }
  return out;
}

/** Insertion sort of rows [first, end) by start: for the few rows of most buckets. */
function insertionSort(rows: Uint32Array, first: number, end: number, row: Uint32Array): void {
  for (let k = first + 1; k < end; k++) {
    if (compareIPv6(rows, V6_WIDTH * (k - 1), rows, V6_WIDTH * k) <= 0) continue;
    row.set(rows.subarray(V6_WIDTH * k, V6_WIDTH * k + V6_WIDTH));
    let j = k - 1;
    while (j >= first && compareIPv6(rows, V6_WIDTH * j, row, 0) > 0) j--;
    rows.copyWithin(V6_WIDTH * (j + 2), V6_WIDTH * (j + 1), V6_WIDTH * k);
    rows.set(row, V6_WIDTH * (j + 1));
  }
}

/** The first of the sixteen bytes, most significant first, in which the starts of rows [first, end) differ, or 16. */
function firstVaryingByte(rows: Uint32Array, first: number, end: number): number {
  const differ = new Uint32Array(4);
  for (let k = first + 1; k < end; k++) {
    for (let w = 0; w < 4; w++) differ[w]! |= rows[V6_WIDTH * k + w]! ^ rows[V6_WIDTH * first + w]!;
  }
  for (let w = 0; w < 4; w++) {
    if (differ[w] !== 0) return 4 * w + (Math.clz32(differ[w]!) >> 3);
  }
  return 16;
}

/**
 * Sorts rows [first, end) by start: a few by insertion, more by the first byte in which their starts
 * differ (a counting sort) and each part of those the same way. A bucket is crowded when a list
 * shares its first group (2001::/16 holding most of one, say): a few passes over its rows, never a
 * comparison callback per pair.
 */
function sortRange(rows: Uint32Array, first: number, end: number, row: Uint32Array): void {
  if (end - first <= CROWDED) {
    insertionSort(rows, first, end, row);
    return;
  }
  const digit = firstVaryingByte(rows, first, end);
  if (digit === 16) return;
  const word = digit >> 2;
  const shift = 24 - 8 * (digit & 3);
  const starts = new Int32Array(257);
  for (let k = first; k < end; k++) starts[((rows[V6_WIDTH * k + word]! >>> shift) & 255) + 1]!++;
  starts[0] = first;
  for (let d = 0; d < 256; d++) starts[d + 1]! += starts[d]!;
  const fill = starts.slice(0, 256);
  const copy = rows.slice(V6_WIDTH * first, V6_WIDTH * end);
  for (let k = 0; k < end - first; k++) {
    const to = V6_WIDTH * fill[(copy[V6_WIDTH * k + word]! >>> shift) & 255]!++;
    for (let w = 0; w < V6_WIDTH; w++) rows[to + w] = copy[V6_WIDTH * k + w]!;
  }
  for (let d = 0; d < 256; d++) {
    if (starts[d + 1]! - starts[d]! > 1) sortRange(rows, starts[d]!, starts[d + 1]!, row);
  }
}

/** Each bucket in order of start: most hold a handful of rows in real lists. */
function sortBuckets(rows: Uint32Array, buckets: Int32Array): void {
  const row = new Uint32Array(V6_WIDTH);
  for (let b = 0; b < 65536; b++) {
    if (buckets[b + 1]! - buckets[b]! > 1) sortRange(rows, buckets[b]!, buckets[b + 1]!, row);
  }
}

/** Overwrites each sorted row's end with the largest end up to it, and notes that end's row. */
function runningMaximum(rows: Uint32Array, n: number): Int32Array {
  const maxAt = new Int32Array(n);
  let at = 0;
  for (let k = 1; k < n; k++) {
    if (compareIPv6(rows, V6_WIDTH * k + 4, rows, V6_WIDTH * (k - 1) + 4) > 0) at = k;
    else rows.copyWithin(V6_WIDTH * k + 4, V6_WIDTH * (k - 1) + 4, V6_WIDTH * (k - 1) + 8);
    maxAt[k] = at;
  }
  return maxAt;
}

/**
 * Sorts the builder's rows by start: a counting sort on the first 16-bit group in which starts
 * differ, then a sort inside each of its buckets. A few passes over the rows, no comparison
 * callbacks.
 */
export function buildIPv6(input: Uint32Array): IPv6Index {
  const n = input.length / V6_WIDTH;
  // A real list shares its leading groups (2001:db8:…), so sorting starts at the first that differs.
  const group = firstVaryingByte(input, 0, n) >> 1;
  if (group === 8) {
    const rows = input.slice();
    return { rows, maxAt: runningMaximum(rows, n), group, buckets: null };
  }
  const buckets = countGroups(input, n, group);
  const rows = scatter(input, n, group, buckets);
  sortBuckets(rows, buckets);
  return { rows, maxAt: runningMaximum(rows, n), group, buckets };
}

/** Whether `words` agrees with every start on the groups before the one the rows were sorted on. */
function sharesLeadingGroups(index: IPv6Index, words: Uint32Array): boolean {
  const { rows, group } = index;
  for (let w = 0; w < group >> 1; w++) if (words[w] !== rows[w]) return false;
  return group % 2 === 0 || words[group >> 1]! >>> 16 === rows[group >> 1]! >>> 16;
}

/** The row whose running maximum covers `words` (its maxAt is the covering row), or -1. */
export function find6(index: IPv6Index, words: Uint32Array): number {
  const { rows, buckets } = index;
  let lo = 0;
  let hi = index.maxAt.length - 1;
  // Within its bucket, or (none there at or before it) the row just before the bucket, whose
  // running maximum still counts.
  if (buckets && sharesLeadingGroups(index, words)) {
    const g = groupIn(words[index.group >> 1]!, index.group);
    lo = buckets[g]!;
    hi = buckets[g + 1]! - 1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (compareIPv6(rows, V6_WIDTH * mid, words, 0) <= 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && compareIPv6(rows, V6_WIDTH * hi + 4, words, 0) >= 0 ? hi : -1;
}
