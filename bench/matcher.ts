/**
 * Command-server matcher at scale: load 1,000,000 entries (IPv4 addresses, IPv4 ranges, IPv6
 * addresses and ranges) from plain-list text, then look up 1,000,000 addresses. Prints figures; never
 * fails on time. Targets (issue 4): load < 300 ms, ≥ 2,000,000 lookups/s.
 */
import { AddressIndexBuilder } from '../electron/signatures/address-matcher';
import { addPlainList } from '../electron/signatures/threat-lists';

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

function makeQueries(r: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const x = r();
    const addr = Math.floor(r() * 2 ** 32);
    if (x < 0.9) out.push(v4(addr));
    else if (x < 0.95) out.push(`::ffff:${v4(addr)}`);
    else out.push(`2001:db8:${hex(r)}:${hex(r)}::${hex(r)}`);
  }
  return out;
}

const r = rng(20261125);
const text = makeList(r);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;

const t0 = performance.now();
const builder = new AddressIndexBuilder();
addPlainList(builder, text, 'bench.netset', 'bench');
const matcher = builder.build();
const loadMs = performance.now() - t0;
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const rssAfter = process.memoryUsage().rss;

// The queries are made after the load, so the collector does not walk a million test strings while the index is built.
const queries = makeQueries(r);
global.gc?.();
let hits = 0;
const t1 = performance.now();
for (const q of queries) if (matcher.lookup(q)) hits++;
const lookupMs = performance.now() - t1;
const perSecond = LOOKUPS / (lookupMs / 1000);

const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`matcher: ${matcher.size.toLocaleString('en')} entries from ${(text.length / 1024 / 1024).toFixed(1)} MB of list text`);
console.log(`  load (parse + index)   ${loadMs.toFixed(0)} ms      target < 300 ms   ${loadMs < 300 ? 'ok' : 'OVER'}`);
console.log(`  lookups                ${LOOKUPS.toLocaleString('en')} in ${lookupMs.toFixed(0)} ms = ${Math.round(perSecond).toLocaleString('en')}/s   target ≥ 2,000,000/s   ${perSecond >= 2e6 ? 'ok' : 'UNDER'}   (${hits.toLocaleString('en')} hits)`);
console.log(`  memory of the index    heap +${mb(heapAfter - heapBefore)}${global.gc ? '' : ' (without --expose-gc: approximate)'}, RSS +${mb(rssAfter - rssBefore)}`);
