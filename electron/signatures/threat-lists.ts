import type { AddressIndexBuilder } from './address-matcher';

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

/**
 * The common line, `a.b.c.d` or `a.b.c.d/n`, parsed in one pass; false sends anything else (IPv6,
 * mistakes) to the general parser, which also reports errors.
 */
function addIPv4Fast(builder: AddressIndexBuilder, text: string, from: number, to: number, file: string, label: string | null): boolean {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let i = from;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 3 || (digits === 1 && octet === 0)) return false;
      octet = octet * 10 + (c - 48);
      digits++;
    } else if (c === 46 && digits > 0 && dots < 3 && octet <= 255) {
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else {
      break;
    }
  }
  if (dots !== 3 || digits === 0 || octet > 255) return false;
  value = value * 256 + octet;
  if (i === to) {
    builder.addIPv4Range(value, value, file, label, null);
    return true;
  }
  if (text.charCodeAt(i) !== 47 || to - i < 2 || to - i > 3) return false;
  let bits = 0;
  for (let j = i + 1; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return false;
    bits = bits * 10 + (c - 48);
  }
  if (bits > 32) return false;
  const size = 2 ** (32 - bits);
  const start = value - (value % size);
  builder.addIPv4Range(start, start + size - 1, file, label, null);
  return true;
}

/** Whitespace as list files use it: space, tab, carriage return. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * Plain lists as Spamhaus DROP and FireHOL netsets publish them: one address or CIDR per line, `#`
 * or `;` starts a comment (DROP writes `1.2.3.0/24 ; SBL123`). Read straight into the index, without
 * a string or object per line, so a list of a million lines loads in a fraction of a second.
 */
export function addPlainList(builder: AddressIndexBuilder, text: string, file: string, label: string | null): number {
  let added = 0;
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    lineNo++;
    let from = pos;
    let to = end;
    for (let i = pos; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 35 || c === 59) {
        to = i;
        break;
      }
    }
    while (from < to && isBlank(text.charCodeAt(from))) from++;
    while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
    if (from < to && addIPv4Fast(builder, text, from, to, file, label)) {
      added++;
    } else if (from < to) {
      if (!builder.addText(text, from, to, file, label, null)) throw new SignaturesError(file, `line ${lineNo}`, `"${text.slice(from, to)}" is not an IP address or CIDR range`);
      added++;
    }
    pos = end + 1;
  }
  return added;
}
