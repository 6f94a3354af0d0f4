import type { Connection, ConnectionFacts, Protocol } from '../shared/facts';
import { notUnderstood, parseJsonText, parsed, type ParseResult } from './parse-result';
import { encodingProblem, isPromptLine } from './pasted-prompt';
import { parseSiConnections } from './si-network-connections';

/** `netstat -ano` as a caller typed it on Windows. */
export interface NetstatTable extends ConnectionFacts {
  /** The column headings were there: the whole table, not only the lines `findstr` picked. */
  complete: boolean;
}

const TITLE = /^(Active Connections|アクティブな接続)$/;
const HEADING = /^(Proto\s+Local Address\s+Foreign Address\s+State|プロトコル\s+ローカル アドレス\s+外部アドレス\s+状態)(\s+PID)?$/;

/**
 * Windows prints its state words in English on Japanese Windows too. Renamed as systeminformation
 * renames them, so a typed file and a live scan give the same states.
 */
const STATES: Record<string, string> = {
  LISTENING: 'LISTEN',
  SYN_RECEIVED: 'SYN_RECV',
  FIN_WAIT_1: 'FIN_WAIT1',
  FIN_WAIT_2: 'FIN_WAIT2',
  ESTABLISHED: 'ESTABLISHED',
  SYN_SENT: 'SYN_SENT',
  CLOSE_WAIT: 'CLOSE_WAIT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST_ACK',
  TIME_WAIT: 'TIME_WAIT',
  CLOSED: 'CLOSED',
  DELETE_TCB: 'DELETE_TCB',
  BOUND: 'BOUND',
};

/** `0.0.0.0:135`, `[::]:135`, `[fe80::1%12]:49667`, `*:*`. */
function endpoint(token: string): { address: string; port: number | null } | null {
  const m = /^\[([^\]]+)\]:(\d+|\*)$/.exec(token) ?? /^([^:[\]]+):(\d+|\*)$/.exec(token);
  if (!m) return null;
  const port = m[2] === '*' ? null : Number(m[2]);
  if (port !== null && port > 65535) return null;
  return { address: m[1] === '*' ? '' : m[1]!, port };
}

function protocol(proto: 'TCP' | 'UDP', localAddress: string): Protocol {
  const v6 = localAddress.includes(':');
  if (proto === 'TCP') return v6 ? 'tcp6' : 'tcp';
  return v6 ? 'udp6' : 'udp';
}

/** One row: `TCP local remote STATE [pid]` or `UDP local remote [pid]` (no PID column without -o). */
function row(tokens: string[]): { connection: Connection; hasPid: boolean } | string {
  const proto = tokens[0]!.toUpperCase();
  if (proto !== 'TCP' && proto !== 'UDP') return 'not a TCP or UDP row';
  const stateCount = proto === 'TCP' ? 1 : 0;
  const withoutPid = 3 + stateCount;
  if (tokens.length !== withoutPid && tokens.length !== withoutPid + 1) return `${tokens.length} columns, not ${withoutPid} or ${withoutPid + 1}`;
  const local = endpoint(tokens[1]!);
  const remote = endpoint(tokens[2]!);
  if (!local || local.port === null || !remote) return 'address not understood';
  const stateWord = proto === 'TCP' ? tokens[3]! : '';
  const state = proto === 'TCP' ? STATES[stateWord] : '';
  if (state === undefined) return `state "${stateWord}" not known (only English state words are understood)`;
  const pidText = tokens.length === withoutPid + 1 ? tokens.at(-1)! : null;
  if (pidText !== null && !/^\d+$/.test(pidText)) return `PID "${pidText}" not a number`;
  const pid = pidText === null ? null : Number(pidText);
  return {
    hasPid: pidText !== null,
    connection: {
      protocol: protocol(proto, local.address),
      localAddress: local.address,
      localPort: local.port,
      remoteAddress: remote.address,
      remotePort: remote.port,
      state,
      // PID 0 is the idle process: a socket that has closed and belongs to no program any more.
      pid: pid === 0 ? null : pid,
      process: null,
    },
  };
}

/**
 * `netstat -ano` typed by a caller, English or Japanese Windows, whole or cut down with findstr.
 * Columns are split on whitespace (the Japanese Proto column is wider). Any line that is not a
 * heading, a pasted prompt or a row makes the whole file not understood: an author's `...` or a
 * line cut in half means rows are missing.
 */
export function parseNetstatAno(text: string): ParseResult<NetstatTable> {
  const clean = text.replace(/^\uFEFF/, '');
  const encoding = encodingProblem(clean);
  if (encoding) return notUnderstood(encoding);
  const connections: Connection[] = [];
  let heading = false;
  let missingPid = false;
  for (const [i, raw] of clean.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || isPromptLine(line) || TITLE.test(line)) continue;
    if (HEADING.test(line)) {
      heading = true;
      continue;
    }
    const result = row(line.split(/\s+/));
    if (typeof result === 'string') return notUnderstood(`line ${i + 1} "${line.slice(0, 80)}": ${result}`);
    connections.push(result.connection);
    if (!result.hasPid) missingPid = true;
  }
  if (connections.length === 0 && !heading) return notUnderstood('no netstat rows');
  return parsed({ connections, partialOwnership: missingPid, complete: heading });
}

/**
 * systeminformation's networkConnections() on Windows: it runs `netstat -nao` and keeps the column
 * heading as a row (protocol "proto" or "プロトコル", no local port); that row is dropped. IPv6
 * sockets come as "tcp" with a bare address and are named tcp6/udp6 here, as netstat -ano shows them.
 * netstat -o names the owning PID of every socket without administrator rights, so ownership is
 * never partial; PID 0 is a socket no program owns any more.
 */
export function parseSiNetstatAno(text: string): ParseResult<ConnectionFacts> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) return notUnderstood('expected a JSON array of connections');
  const rows = json.value.filter((r: unknown) => {
    const row = r as { protocol?: unknown; localPort?: unknown };
    const heading = typeof row.protocol === 'string' && !/^(tcp|udp)[46]?$/i.test(row.protocol) && row.localPort === '';
    return !heading;
  });
  const result = parseSiConnections(JSON.stringify(rows));
  if (!result.ok) return result;
  const connections = result.value.connections.map((c): Connection => {
    if (!c.localAddress.includes(':')) return c;
    return { ...c, protocol: c.protocol === 'tcp' ? 'tcp6' : c.protocol === 'udp' ? 'udp6' : c.protocol };
  });
  return parsed({ connections, partialOwnership: false });
}
