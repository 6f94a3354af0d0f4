import { formatIPv4, formatIPv6, ipv4FromBytes, ipv6FromBytes, ipv6Range, mappedIPv4, parseIPv4, parseIPv6 } from './ip-parse';
import { buildIPv4, entryOf, find4, ipv4Bytes, MAX_ENTRIES, prefixMask } from './ipv4-index';
import { buildIPv6, find6, V6_WIDTH } from './ipv6-index';
import { lastAtOrBefore } from '../shared/sorted-search';
import type { AddressMatcher, ThreatEntry } from './types';

/**
 * Exact and CIDR matching for IPv4 and IPv6, built once per scan and sized for lists of millions.
 * The builder collects every entry as a row of a typed table (an interval: start and prefix length);
 * ipv4-index.ts and ipv6-index.ts turn the rows into their indexes. Entries become a ThreatEntry
 * only for a hit; an entry's text is rebuilt from its row.
 */

/** The prefix length after the slash at b[slash], up to `to`, or -1 when it is none or above max. */
function prefixBits(b: Uint8Array, slash: number, to: number, max: number): number {
  if (to - slash < 2 || to - slash > 4) return -1;
  let bits = 0;
  for (let i = slash + 1; i < to; i++) {
    const c = b[i]!;
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

const utf8 = new TextEncoder();

/** Entries from one file with one label share their metadata: stored once per run, not per entry. */
interface Segment {
  firstId: number;
  file: string;
  label: string | null;
}

/** Collects entries as rows of typed tables; `build()` indexes them once. */
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

  /** Adds the address or CIDR in the bytes b[from, to); false when it is neither (the caller reports where). */
  addBytes(b: Uint8Array, from: number, to: number, port: number | null): boolean {
    let end = from;
    while (end < to && b[end] !== 47) end++;
    const v4 = ipv4FromBytes(b, from, end);
    if (v4 >= 0) {
      const bits = end < to ? prefixBits(b, end, to, 32) : 32;
      if (bits < 0) return false;
      this.addIPv4(v4, bits, port);
      return true;
    }
    if (!ipv6FromBytes(b, from, end, this.scratch)) return false;
    const bits = end < to ? prefixBits(b, end, to, 128) : 128;
    if (bits < 0) return false;
    // A listed ::ffff:a.b.c.d is an IPv4 entry: lookups read IPv4-mapped addresses as IPv4.
    const mapped = mappedIPv4(this.scratch);
    if (mapped >= 0 && bits >= 96) {
      this.addIPv4(mapped, bits - 96, port);
      return true;
    }
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
    const bytes = utf8.encode(value.trim());
    return this.addBytes(bytes, 0, bytes.length, port);
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
      const { start, bits } = entryOf(v4, k);
      return bits === 32 ? formatIPv4(start) : `${formatIPv4(start)}/${bits}`;
    };
    const v6Text = (k: number): string => {
      const bits = v6.rows[V6_WIDTH * k + 8]!;
      return bits === 128 ? formatIPv6(v6.rows, V6_WIDTH * k) : `${formatIPv6(v6.rows, V6_WIDTH * k)}/${bits}`;
    };

    /**
     * A hit: the covering IPv4 row, or the IPv6 search's row, whose maxAt is the covering one. The
     * entry's text and source are looked up only when read (a scan reads a few, a benchmark a million).
     */
    class Hit implements ThreatEntry {
      constructor(
        private readonly ipv6: boolean,
        private readonly found: number,
      ) {}
      private get at(): number {
        return this.ipv6 ? v6.maxAt[this.found]! : this.found;
      }
      private get id(): number {
        return this.ipv6 ? v6.rows[V6_WIDTH * this.at + 9]! : v4.ids[this.at]!;
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

    const memoryBytes = ipv4Bytes(v4) + v6.rows.byteLength + v6.maxAt.byteLength + (v6.buckets?.byteLength ?? 0);

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
        // Dual-stack sockets show IPv4 peers as ::ffff:a.b.c.d: its IPv4 part is read directly.
        if (address.startsWith('::ffff:', from)) {
          const tail = parseIPv4(address, from + 7, to);
          if (tail >= 0) return hit4(tail);
        }
        if (!parseIPv6(address, from, to, words)) return null;
        // IPv4-mapped in another spelling (0:0:0:0:0:ffff:…, ::ffff:c000:201).
        const mapped = mappedIPv4(words);
        if (mapped >= 0) return hit4(mapped);
        const k = find6(v6, words);
        return k < 0 ? null : new Hit(true, k);
      },
    };
  }
}

/**
 * Lookups in `first`, then in `second`: a set's own index, then the lists of extra folders. An
 * address in both is reported as `first` lists it; `size` counts every entry of both.
 */
export function chainMatchers(first: AddressMatcher, second: AddressMatcher): AddressMatcher {
  return {
    size: first.size + second.size,
    memoryBytes: first.memoryBytes + second.memoryBytes,
    lookup: (address) => first.lookup(address) ?? second.lookup(address),
  };
}
