import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNetstatAno, parseSiNetstatAno } from '../../electron/parsers/netstat-ano';
import { parseSiConnections } from '../../electron/parsers/si-network-connections';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8');

const EN = fixture('netstat-ano.en.win11-22000-listening.txt');
const JA = fixture('netstat-ano.ja.listening-partial.txt');
const FINDSTR_FINWAIT = fixture('netstat-ano-findstr.ja.established-finwait.txt');
const FINDSTR = fixture('netstat-ano-findstr.ja.established.txt');

function table(text: string) {
  const r = parseNetstatAno(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('netstat -ano typed by a caller', () => {
  it('reads English Windows 11: headings, TCP LISTENING rows on IPv4 and IPv6, UDP rows without a state', () => {
    const t = table(EN);
    expect(t.complete).toBe(true);
    expect(t.partialOwnership).toBe(false);
    expect(t.connections).toHaveLength(27);
    expect(t.connections[0]).toEqual({ protocol: 'tcp', localAddress: '0.0.0.0', localPort: 135, remoteAddress: '0.0.0.0', remotePort: 0, state: 'LISTEN', pid: 924, process: null });
    expect(t.connections.find((c) => c.protocol === 'tcp6' && c.localPort === 445)).toMatchObject({ localAddress: '::', remoteAddress: '::', remotePort: 0, state: 'LISTEN', pid: 4 });
    expect(t.connections.find((c) => c.protocol === 'udp' && c.localPort === 123)).toEqual({ protocol: 'udp', localAddress: '0.0.0.0', localPort: 123, remoteAddress: '', remotePort: null, state: '', pid: 10392, process: null });
    expect(t.connections.find((c) => c.localPort === 63999)).toMatchObject({ protocol: 'udp', remoteAddress: '127.0.0.1', remotePort: 63999 });
    expect(t.connections.filter((c) => c.protocol === 'udp6').map((c) => c.localAddress)).toEqual(['::', '::1', '::1']);
  });

  it('reads Japanese headings with the wider Proto column and the English state words', () => {
    const t = table(JA);
    expect(t.complete).toBe(true);
    expect(t.connections.map((c) => [c.localPort, c.state, c.pid])).toEqual([
      [21, 'LISTEN', 12636],
      [80, 'LISTEN', 2916],
      [135, 'LISTEN', 72],
      [445, 'LISTEN', 4],
      [1433, 'LISTEN', 4268],
    ]);
  });

  it('reads lines picked with findstr, and says they are not the whole table', () => {
    const t = table(FINDSTR_FINWAIT);
    expect(t.complete).toBe(false);
    expect(t.connections).toHaveLength(22);
    expect(t.connections.filter((c) => c.state === 'FIN_WAIT1')).toHaveLength(7);
    expect(t.connections.find((c) => c.localPort === 49695)).toMatchObject({ protocol: 'tcp6', localAddress: '::1', remoteAddress: '::1', remotePort: 8080, state: 'FIN_WAIT1', pid: 44544 });
    const established = table(FINDSTR);
    expect(established.complete).toBe(false);
    expect(established.connections.map((c) => c.state)).toEqual(['LISTEN', ...Array(10).fill('ESTABLISHED')]);
  });

  it('skips a pasted prompt line', () => {
    const pasted = `C:\\Users\\taro>netstat -ano\n${EN}`;
    expect(table(pasted).connections).toEqual(table(EN).connections);
  });

  it('refuses an author-elided listing, a row cut in half, empty text and the wrong encodings', () => {
    expect(parseNetstatAno(fixture('netstat-n.ja.established-timewait-partial.txt'))).toMatchObject({ ok: false, reason: expect.stringContaining('...') });
    const cut = EN.slice(0, EN.indexOf('0.0.0.0:49669') + 9);
    expect(parseNetstatAno(cut)).toMatchObject({ ok: false, reason: expect.stringContaining('2 columns, not 4 or 5') });
    expect(parseNetstatAno('')).toMatchObject({ ok: false });
    expect(parseNetstatAno(Buffer.from(EN, 'utf16le').toString('latin1'))).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-16') });
    expect(parseNetstatAno(fixture('netstat-ano.ja.listening-partial-cp932-derived.txt'))).toMatchObject({ ok: false, reason: expect.stringContaining('Shift_JIS') });
  });
});

describe('systeminformation networkConnections() on Windows (netstat -nao)', () => {
  const SI_EN = fixture('si-connections.en.win11-22000-listening-from-netstat.json');
  const SI_JA = fixture('si-connections.ja.listening-partial-from-netstat.json');

  it('keeps the column heading as a row, which the generic reader refuses', () => {
    expect(parseSiConnections(SI_EN)).toMatchObject({ ok: false, reason: expect.stringContaining('proto') });
  });

  it('drops that row and gives the same table as the typed file', () => {
    const en = parseSiNetstatAno(SI_EN);
    expect(en.ok && en.value).toEqual({ connections: table(EN).connections, partialOwnership: false });
    const ja = parseSiNetstatAno(SI_JA);
    expect(ja.ok && ja.value.connections).toEqual(table(JA).connections);
  });

  it('drops the heading a Japanese console garbles (Shift_JIS read as UTF-8); the rows are ASCII and survive', () => {
    const garbled = fixture('si-connections.ja.listening-partial-cp932-console-derived.json');
    expect(garbled).toContain('\uFFFD');
    const r = parseSiNetstatAno(garbled);
    expect(r.ok && r.value.connections).toEqual(table(JA).connections);
  });

  it('refuses truncated JSON and rows that are neither the heading nor sockets', () => {
    expect(parseSiNetstatAno(SI_EN.slice(0, 200))).toMatchObject({ ok: false });
    const rows = JSON.parse(SI_EN) as { protocol: string; localPort: string }[];
    const garbage = rows.map((r, i) => (i === 3 ? { ...r, protocol: 'xyz' } : r));
    expect(parseSiNetstatAno(JSON.stringify(garbage))).toMatchObject({ ok: false });
  });
});
