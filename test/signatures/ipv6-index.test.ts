import { describe, expect, it } from 'vitest';
import { compareIPv6 } from '../../electron/signatures/ip-parse';
import { buildIPv6, find6, V6_WIDTH } from '../../electron/signatures/ipv6-index';

/**
 * The IPv6 index sorts by the first 16-bit group in which the starts differ: these hold its order and
 * running maxima to a plain definition over lists shaped to defeat each shortcut.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Builder rows from (start words, prefix length); the end is the start with its host bits set. */
function rowsOf(entries: readonly (readonly [number[], number])[]): Uint32Array {
  const input = new Uint32Array(entries.length * V6_WIDTH);
  entries.forEach(([start, bits], i) => {
    for (let w = 0; w < 4; w++) {
      const keep = Math.min(32, Math.max(0, bits - 32 * w));
      const mask = keep === 0 ? 0 : -1 << (32 - keep);
      input[V6_WIDTH * i + w] = start[w]! & mask;
      input[V6_WIDTH * i + 4 + w] = start[w]! | ~mask;
    }
    input[V6_WIDTH * i + 8] = bits;
    input[V6_WIDTH * i + 9] = i;
  });
  return input;
}

/** Every row once, in start order, each with the largest end so far and a row that has that end. */
function expectIndexed(input: Uint32Array): void {
  const n = input.length / V6_WIDTH;
  const { rows, maxAt } = buildIPv6(input.slice());
  expect([...Array(n).keys()].map((k) => rows[V6_WIDTH * k + 9]).sort((a, b) => a! - b!)).toEqual([...Array(n).keys()]);
  const maxEnd = new Uint32Array(4);
  for (let k = 0; k < n; k++) {
    if (k > 0) expect(compareIPv6(rows, V6_WIDTH * (k - 1), rows, V6_WIDTH * k), `row ${k} in order`).toBeLessThanOrEqual(0);
    const id = rows[V6_WIDTH * k + 9]!;
    const ownEnd = input.subarray(V6_WIDTH * id + 4, V6_WIDTH * id + 8);
    if (k === 0 || compareIPv6(ownEnd, 0, maxEnd, 0) > 0) maxEnd.set(ownEnd);
    expect([...rows.subarray(V6_WIDTH * k + 4, V6_WIDTH * k + 8)], `running maximum at ${k}`).toEqual([...maxEnd]);
    const at = rows[V6_WIDTH * maxAt[k]! + 9]!;
    expect([...input.subarray(V6_WIDTH * at + 4, V6_WIDTH * at + 8)], `row of the maximum at ${k}`).toEqual([...maxEnd]);
  }
}

const big = (words: ArrayLike<number>, at = 0): bigint => [0, 1, 2, 3].reduce((v, w) => (v << 32n) | BigInt(words[at + w]!), 0n);
const wordsOf = (value: bigint): Uint32Array => Uint32Array.from([96n, 64n, 32n, 0n], (shift) => Number((value >> shift) & 0xffffffffn));

/** find6 against every row, on each row's first and last address and the ones just outside. */
function expectFound(input: Uint32Array): void {
  const index = buildIPv6(input.slice());
  const n = input.length / V6_WIDTH;
  const top = (1n << 128n) - 1n;
  for (let i = 0; i < n; i++) {
    const first = big(input, V6_WIDTH * i);
    const last = big(input, V6_WIDTH * i + 4);
    for (const query of [first, last, (first - 1n) & top, (last + 1n) & top]) {
      const covered = [...Array(n).keys()].some((j) => big(input, V6_WIDTH * j) <= query && query <= big(input, V6_WIDTH * j + 4));
      const k = find6(index, wordsOf(query));
      expect(k >= 0, query.toString(16)).toBe(covered);
      if (k >= 0) {
        const at = index.maxAt[k]!;
        expect(big(index.rows, V6_WIDTH * at) <= query && query <= big(input, V6_WIDTH * index.rows[V6_WIDTH * at + 9]! + 4), query.toString(16)).toBe(true);
      }
    }
  }
}

const random32 = (r: () => number): number => Math.floor(r() * 2 ** 32) >>> 0;

describe('IPv6 index', () => {
  it('orders rows whose first groups differ only in the last row', () => {
    const r = rng(1);
    const entries: [number[], number][] = Array.from({ length: 300 }, () => [[0x20010db8, 0, random32(r), random32(r)], 128]);
    entries.push([[0x20010db8, 0x00010000, 0, 0], 48]);
    entries.push([[0x20010db7, 0, 0, 0], 32]);
    expectIndexed(rowsOf(entries));
    expectFound(rowsOf(entries));
  });

  it('orders nested ranges spread over many buckets, a few per bucket', () => {
    const r = rng(2);
    const entries = Array.from({ length: 2000 }, (): [number[], number] => [[0x20010db8, (Math.floor(r() * 512) << 16) | Math.floor(r() * 4), random32(r), random32(r)], 40 + Math.floor(r() * 89)]);
    expectIndexed(rowsOf(entries));
    expectFound(rowsOf(entries.slice(0, 300)));
  });

  it('orders a bucket crowded with hundreds of rows', () => {
    const r = rng(3);
    const entries = Array.from({ length: 500 }, (): [number[], number] => [[0x20010db8, r() < 0.9 ? 0x00070000 : 0x00080000, random32(r), random32(r)], 64 + Math.floor(r() * 65)]);
    expectIndexed(rowsOf(entries));
    expectFound(rowsOf(entries));
  });

  it('orders a list that shares only its first group, as one 2a00:: entry among 2001:: ones makes it', () => {
    const r = rng(4);
    const entries = Array.from({ length: 400 }, (): [number[], number] => [[r() < 0.5 ? 0x20010db8 : 0x20010db9, 0, 0, Math.floor(r() * 512)], r() < 0.8 ? 128 : 120]);
    entries.push([[0x2a000000, 0, 0, 0], 32]);
    expectIndexed(rowsOf(entries));
    expectFound(rowsOf(entries));
  });

  it('takes no rows, one row, and rows that all start alike', () => {
    expectIndexed(rowsOf([]));
    expectIndexed(rowsOf([[[0x20010db8, 0, 0, 1], 128]]));
    expectIndexed(rowsOf([[[0x20010db8, 0, 0, 0], 64], [[0x20010db8, 0, 0, 0], 32], [[0x20010db8, 0, 0, 0], 128]]));
    expectFound(rowsOf([]));
    expectFound(rowsOf([[[0x20010db8, 0, 0, 0], 64], [[0x20010db8, 0, 0, 0], 32], [[0x20010db8, 0, 0, 0], 128]]));
  });

  it('finds the covering row, or none', () => {
    const index = buildIPv6(rowsOf([[[0x20010db8, 0, 0, 0], 32], [[0x20010db9, 0, 0, 5], 128]]));
    const at = (words: number[]): number => find6(index, Uint32Array.from(words));
    expect(at([0x20010db8, 0xffffffff, 1, 2])).toBeGreaterThanOrEqual(0);
    expect(at([0x20010db9, 0, 0, 5])).toBeGreaterThanOrEqual(0);
    expect(at([0x20010db9, 0, 0, 6])).toBe(-1);
    expect(at([0x20010db7, 0xffffffff, 0xffffffff, 0xffffffff])).toBe(-1);
    // Sorted on the second group (db8/db9): an address differing in the first is in no bucket.
    expect(at([0x20020db8, 0, 0, 1])).toBe(-1);
    expect(at([0x20000db9, 0, 0, 5])).toBe(-1);
  });
});
