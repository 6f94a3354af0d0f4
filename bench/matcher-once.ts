/**
 * One cold measurement of the command-server matcher, in a process of its own (bench/matcher.ts runs
 * several): build 1,000,000 entries (IPv4 addresses, IPv4 ranges, IPv6 addresses and ranges) from a
 * plain-list file, then look up 1,000,000 addresses. Prints one JSON line of figures.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressIndexBuilder } from '../electron/signatures/address-matcher';
import { addPlainList } from '../electron/signatures/threat-lists';
import type { AddressMatcher } from '../electron/signatures/types';

const ENTRIES = 1_000_000;
const LOOKUPS = 1_000_000;

/** Deterministic pseudo-random numbers, so every run measures the same list. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const v4 = (n: number): string => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const hex = (r: () => number): string => Math.floor(r() * 65536).toString(16);

function makeList(r: () => number): string {
  const lines: string[] = ['# synthetic benchmark list: 70% IPv4 addresses, 25% IPv4 ranges, 5% IPv6'];
  for (let i = 0; i < ENTRIES; i++) {
    const x = r();
    const addr = Math.floor(r() * 2 ** 32);
    if (x < 0.7) lines.push(v4(addr));
    else if (x < 0.95) lines.push(`${v4(addr)}/${16 + Math.floor(r() * 17)}`);
    else if (x < 0.975) lines.push(`2001:db8:${hex(r)}:${hex(r)}::${hex(r)}`);
    else lines.push(`2001:db8:${hex(r)}::/48`);
  }
  return lines.join('\n');
}

/** 90 % IPv4, 5 % IPv4-mapped IPv6 (as dual-stack sockets show IPv4 peers), 5 % IPv6. */
function makeQueries(r: () => number): string {
  const out: string[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const x = r();
    const addr = Math.floor(r() * 2 ** 32);
    if (x < 0.9) out.push(v4(addr));
    else if (x < 0.95) out.push(`::ffff:${v4(addr)}`);
    else out.push(`2001:db8:${hex(r)}:${hex(r)}::${hex(r)}`);
  }
  return out.join('\n');
}

function timeLookups(matcher: AddressMatcher, queries: readonly string[]): { ms: number; hits: number } {
  let hits = 0;
  const t0 = performance.now();
  for (const q of queries) if (matcher.lookup(q)) hits++;
  return { ms: performance.now() - t0, hits };
}

const r = rng(20261125);
const dir = mkdtempSync(join(tmpdir(), 'botcheck-bench-'));
const listFile = join(dir, 'bench.netset');
writeFileSync(listFile, makeList(r));

const tRead = performance.now();
const bytes = readFileSync(listFile);
// Load as a scan does once a set is read and its hashes checked: parse the bytes into the index, build it.
const t0 = performance.now();
const builder = new AddressIndexBuilder();
addPlainList(builder, bytes, 'bench.netset', 'bench');
const parseMs = performance.now() - t0;
const matcher = builder.build();
const loadMs = performance.now() - t0;
const readMs = t0 - tRead;
const fileBytes = bytes.length;
rmSync(dir, { recursive: true, force: true });

// Queries as a connection-table parser hands them over: lines split out of one text, made after the
// load so that the collector does not walk a million test strings while the index is built.
const queryText = makeQueries(r);
const queries = queryText.split('\n');
const split = timeLookups(matcher, queries);
// The same addresses as freshly concatenated strings: V8 flattens each on its first read, which is
// string work, not matching; shown so that the difference is known.
const concatenated = queries.map((q) => `${q.slice(0, 3)}${q.slice(3)}`);
const fresh = timeLookups(matcher, concatenated);

console.log(
  JSON.stringify({
    entries: matcher.size,
    fileMB: fileBytes / 1024 / 1024,
    readMs,
    loadMs,
    parseMs,
    lookupsPerSecond: LOOKUPS / (split.ms / 1000),
    lookupsPerSecondConcatenated: LOOKUPS / (fresh.ms / 1000),
    hits: split.hits,
    indexMB: matcher.memoryBytes / 1024 / 1024,
  }),
);
