import { formatIPv4, formatIPv6, ipv6RangeKeys, mappedIPv4, parseIPv4, parseIPv6Key } from './ip-parse';
import type { AddressMatcher, ThreatEntry } from './types';

/**
 * Exact and CIDR matching for IPv4 and IPv6, built once per scan and sized for lists of millions.
 * Every entry is an interval [start, end]: IPv4 as numbers in typed arrays, IPv6 as fixed-width hex
 * keys (string order is numeric order). Intervals are sorted by start with a running maximum of the
 * ends, so one binary search finds the last interval starting at or before an address and the running
 * maximum says whether any interval up to there still covers it. Entries are kept as columns and
 * become a ThreatEntry only for a hit; an entry's text is rebuilt from its interval.
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

/**
 * Index of the last start ≤ value, or -1. The 65,536 buckets of the top 16 bits narrow the search to
 * a handful of entries: a plain binary search over a million starts spends its time on cache misses.
 */
function lastAtOrBefore4(sorted: Uint32Array, buckets: Int32Array, value: number): number {
  const b = value >>> 16;
  let lo = buckets[b]!;
  let hi = buckets[b + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * Sorts the IPv4 intervals by start with a counting sort on the top 16 bits (which also gives the
 * buckets the lookup narrows its search with) and an insertion sort inside each bucket: a handful of
 * entries each, so every pass runs over memory in order.
 */
function sortByStart(start: Float64Array, end: Float64Array, id: Float64Array): { starts: Uint32Array; ends: Uint32Array; ids: Int32Array; buckets: Int32Array } {
  const n = start.length;
  const buckets = new Int32Array(65537);
  for (let i = 0; i < n; i++) buckets[(start[i]! >>> 16) + 1]!++;
  for (let b = 0; b < 65536; b++) buckets[b + 1]! += buckets[b]!;
  const fill = buckets.slice(0, 65536);
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = fill[start[i]! >>> 16]!++;
    starts[k] = start[i]!;
    ends[k] = end[i]!;
    ids[k] = id[i]!;
  }
  for (let b = 0; b < 65536; b++) {
    for (let k = buckets[b]! + 1; k < buckets[b + 1]!; k++) {
      const s0 = starts[k]!;
      const e0 = ends[k]!;
      const i0 = ids[k]!;
      let j = k - 1;
      while (j >= buckets[b]! && starts[j]! > s0) {
        starts[j + 1] = starts[j]!;
        ends[j + 1] = ends[j]!;
        ids[j + 1] = ids[j]!;
        j--;
      }
      starts[j + 1] = s0;
      ends[j + 1] = e0;
      ids[j + 1] = i0;
    }
  }
  return { starts, ends, ids, buckets };
}

/** Index of the last element ≤ value in a sorted array, or -1. */
function lastAtOrBefore<T extends number | string>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** A growable column of doubles: number[] growth and boxing cost more than the parsing itself at a million rows. */
class Column {
  data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** Collects entries column-wise; `build()` sorts them once. */
/** Entries from one file with one label share their metadata: stored once per run, not per entry. */
interface Segment {
  firstId: number;
  file: string;
  label: string | null;
}

export class AddressIndexBuilder {
  private readonly segments: Segment[] = [];
  /** Ports are per row only in Feodo Tracker files: sparse. */
  private readonly ports = new Map<number, number>();
  private count = 0;
  private v4Start = new Column();
  private v4End = new Column();
  private v4Entry = new Column();
  private v6: { start: string; end: string; bits: number; entry: number }[] = [];

  private entry(file: string, label: string | null, port: number | null): number {
    const id = this.count++;
    const last = this.segments[this.segments.length - 1];
    if (!last || last.file !== file || last.label !== label) this.segments.push({ firstId: id, file, label });
    if (port !== null) this.ports.set(id, port);
    return id;
  }

  /** Adds an IPv4 interval already parsed (the list loader's fast path). */
  addIPv4Range(start: number, last: number, file: string, label: string | null, port: number | null): void {
    const id = this.entry(file, label, port);
    this.v4Start.push(start);
    this.v4End.push(last);
    this.v4Entry.push(id);
  }

  /** Adds the address or CIDR in text[from, to); false when it is neither (the caller reports where). */
  addText(text: string, from: number, to: number, file: string, label: string | null, port: number | null): boolean {
    let end = from;
    while (end < to && text.charCodeAt(end) !== 47) end++;
    const v4 = parseIPv4(text, from, end);
    if (v4 >= 0) {
      let start = v4;
      let last = v4;
      if (end < to) {
        const bits = prefixBits(text, end, to, 32);
        if (bits < 0) return false;
        const size = 2 ** (32 - bits);
        start = v4 - (v4 % size);
        last = start + size - 1;
      }
      this.addIPv4Range(start, last, file, label, port);
      return true;
    }
    const key = parseIPv6Key(text, from, end);
    if (key === null) return false;
    const bits = end < to ? prefixBits(text, end, to, 128) : 128;
    if (bits < 0) return false;
    const [start, last] = ipv6RangeKeys(key, bits);
    this.v6.push({ start, end: last, bits, entry: this.entry(file, label, port) });
    return true;
  }

  add(value: string, file: string, label: string | null, port: number | null): boolean {
    const v = value.trim();
    return this.addText(v, 0, v.length, file, label, port);
  }

  build(): AddressMatcher {
    const n = this.v4Start.length;
    const { starts, ends, ids, buckets } = sortByStart(this.v4Start.view(), this.v4End.view(), this.v4Entry.view());
    const maxEnd = new Uint32Array(n);
    const maxEntry = new Int32Array(n);
    const maxIndex = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const keep = k > 0 && maxEnd[k - 1]! >= ends[k]!;
      maxEnd[k] = keep ? maxEnd[k - 1]! : ends[k]!;
      maxEntry[k] = keep ? maxEntry[k - 1]! : ids[k]!;
      maxIndex[k] = keep ? maxIndex[k - 1]! : k;
    }
    const v6 = this.v6.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const v6Starts = v6.map((x) => x.start);
    const v6MaxEnd: string[] = [];
    const v6MaxAt: number[] = [];
    v6.forEach((x, k) => {
      const keep = k > 0 && v6MaxEnd[k - 1]! >= x.end;
      v6MaxEnd.push(keep ? v6MaxEnd[k - 1]! : x.end);
      v6MaxAt.push(keep ? v6MaxAt[k - 1]! : k);
    });
    const { segments, ports } = this;
    const segmentStarts = segments.map((x) => x.firstId);
    const size = this.count;
    // The builder's columns are garbage once the index exists.
    this.v4Start = new Column();
    this.v4End = new Column();
    this.v4Entry = new Column();
    this.v6 = [];
    const segmentOf = (id: number): Segment => segments[lastAtOrBefore(segmentStarts, id)]!;

    const v4Text = (k: number): string => {
      const span = ends[k]! - starts[k]! + 1;
      return span === 1 ? formatIPv4(starts[k]!) : `${formatIPv4(starts[k]!)}/${32 - Math.log2(span)}`;
    };
    const v6Text = (k: number): string => {
      const hit = v6[k]!;
      return hit.bits === 128 ? formatIPv6(hit.start) : `${formatIPv6(hit.start)}/${hit.bits}`;
    };

    /** A hit; its text is rebuilt only when read (a scan reads a few, a benchmark a million). */
    class Hit implements ThreatEntry {
      constructor(
        private readonly id: number,
        private readonly ipv6: boolean,
        private readonly at: number,
      ) {}
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
    const lookup4 = (value: number): ThreatEntry | null => {
      const k = lastAtOrBefore4(starts, buckets, value);
      return k < 0 || maxEnd[k]! < value ? null : new Hit(maxEntry[k]!, false, maxIndex[k]!);
    };

    return {
      size,
      lookup(address) {
        const v4 = parseIPv4(address);
        if (v4 >= 0) return lookup4(v4);
        // IPv4-mapped, as dual-stack sockets show IPv4 peers: the common IPv6 form, so taken first.
        if (address.startsWith('::ffff:')) {
          const mappedDotted = parseIPv4(address, 7);
          if (mappedDotted >= 0) return lookup4(mappedDotted);
        }
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
        const key = parseIPv6Key(address, from, to);
        if (key === null) return null;
        const mapped = mappedIPv4(key);
        if (mapped >= 0) return lookup4(mapped);
        const k = lastAtOrBefore(v6Starts, key);
        if (k < 0 || v6MaxEnd[k]! < key) return null;
        const at = v6MaxAt[k]!;
        return new Hit(v6[at]!.entry, true, at);
      },
    };
  }
}
