import type { AddressIndexBuilder } from './address-matcher';
import { quad, readQuad } from './ip-parse';

/** A problem in a signatures file, always naming the file and where in it. */
export class SignaturesError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'SignaturesError';
  }
}

const FEODO_FIELDS = ['first_seen_utc', 'dst_ip', 'dst_port', 'c2_status', 'last_online', 'malware'];

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') {
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '').trim());
    if (re.lastIndex >= line.length) break;
  }
  return out;
}

/**
 * abuse.ch Feodo Tracker CSV: `#` comment lines, a header naming the six fields (commented out or
 * not), then `"first_seen_utc","dst_ip","dst_port","c2_status","last_online","malware"` rows.
 */
export function addFeodoCsv(builder: AddressIndexBuilder, text: string, file: string): number {
  let added = 0;
  let sawHeader = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const uncommented = line.replace(/^#\s*/, '');
    if (uncommented.replace(/"/g, '').replace(/\s/g, '') === FEODO_FIELDS.join(',')) {
      sawHeader = true;
      return;
    }
    if (line.startsWith('#')) return;
    const cells = splitCsvLine(line);
    if (cells.length !== FEODO_FIELDS.length) throw new SignaturesError(file, `line ${i + 1}`, `expected ${FEODO_FIELDS.length} fields (${FEODO_FIELDS.join(', ')}), found ${cells.length}`);
    const [, ip, port, , , malware] = cells as [string, string, string, string, string, string];
    const portNumber = Number(port);
    if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) throw new SignaturesError(file, `line ${i + 1} dst_port`, `"${port}" is not a port`);
    if (ip.includes('/') || !builder.add(ip, file, malware || null, portNumber)) throw new SignaturesError(file, `line ${i + 1} dst_ip`, `"${ip}" is not an IP address`);
    added++;
  });
  if (!sawHeader) throw new SignaturesError(file, 'header', `no Feodo Tracker header (${FEODO_FIELDS.join(',')})`);
  return added;
}

/** Whitespace as list files use it: space, tab, carriage return. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** IPv4 lines are handed to the index in batches: a small table that stays in the processor's cache. */
const BATCH = 4096;

/**
 * The common line, `a.b.c.d` or `a.b.c.d/n` with trailing blanks or a comment, read in one pass from
 * `at` (past any leading blanks) into out[row], out[row + 1] (address as a 32-bit pattern, prefix
 * length): where the next line starts, or -1 for anything else (IPv6, blank and comment lines,
 * mistakes), which the general path takes.
 */
function fastLine(b: Uint8Array, at: number, n: number, out: Int32Array, row: number): number {
  if (!readQuad(b, at, n)) return -1;
  let i = quad[1]!;
  let bits = 32;
  if (i < n && b[i] === 47) {
    i++;
    bits = 0;
    let digits = 0;
    while (i < n && b[i]! >= 48 && b[i]! <= 57) {
      bits = bits * 10 + (b[i]! - 48);
      i++;
      if (++digits > 2) return -1;
    }
    if (digits === 0 || bits > 32) return -1;
  }
  while (i < n && isBlank(b[i]!)) i++;
  if (i < n && b[i] !== 10) {
    if (b[i] !== 35 && b[i] !== 59) return -1;
    i = lineEnd(b, i, n);
  }
  out[row] = quad[0]!;
  out[row + 1] = bits;
  return i + 1;
}

/** Index of the newline ending the line at `from`, or n. A plain loop: Buffer's indexOf is a call into C++ per line. */
function lineEnd(b: Uint8Array, from: number, n: number): number {
  let i = from;
  while (i < n && b[i] !== 10) i++;
  return i;
}

/**
 * Any other line from b[from] (past its leading blanks) to its end at `eol`: an entry (IPv6, an
 * IPv4 line the fast reader does not take) added to the index, nothing for a blank or comment line.
 * Whether it added one; it throws for what is no entry, naming line `lineNo`. A function of its own,
 * so that the loop of the common line stays small: V8 compiles it sooner.
 */
function otherLine(builder: AddressIndexBuilder, b: Uint8Array, from: number, eol: number, file: string, lineNo: number): boolean {
  let to = eol;
  for (let i = from; i < eol; i++) {
    if (b[i] === 35 || b[i] === 59) {
      to = i;
      break;
    }
  }
  while (to > from && isBlank(b[to - 1]!)) to--;
  if (to === from) return false;
  if (!builder.addBytes(b, from, to, null)) {
    throw new SignaturesError(file, `line ${lineNo}`, `"${Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('utf8')}" is not an IP address or CIDR range`);
  }
  return true;
}

/**
 * Plain lists as Spamhaus DROP and FireHOL netsets publish them: one address or CIDR per line, `#`
 * or `;` starts a comment (DROP writes `1.2.3.0/24 ; SBL123`). Read from the file's bytes straight
 * into the index, without a string or object per line, so a list of a million lines loads in a
 * fraction of a second; only a mistake is decoded to text, for its message.
 */
export function addPlainList(builder: AddressIndexBuilder, bytes: Uint8Array, file: string, label: string | null): number {
  const n = bytes.length;
  // The shortest entry line, `1.2.3.4` and its newline, is 8 bytes.
  builder.source(file, label, Math.ceil(n / 8));
  const batch = new Int32Array(2 * BATCH);
  let queued = 0;
  let added = 0;
  let lineNo = 0;
  // Notepad starts UTF-8 files with a byte order mark.
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (pos < n) {
    lineNo++;
    let from = pos;
    while (from < n && isBlank(bytes[from]!)) from++;
    const next = fastLine(bytes, from, n, batch, 2 * queued);
    if (next >= 0) {
      pos = next;
      added++;
      if (++queued === BATCH) {
        builder.addIPv4Rows(batch, queued);
        queued = 0;
      }
      continue;
    }
    const eol = lineEnd(bytes, from, n);
    if (otherLine(builder, bytes, from, eol, file, lineNo)) added++;
    pos = eol + 1;
  }
  builder.addIPv4Rows(batch, queued);
  return added;
}
