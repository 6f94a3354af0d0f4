import { z } from 'zod';
import type { Connection, ConnectionFacts, Protocol } from '../shared/facts';
import { notUnderstood, parseJsonText, parsed, type ParseResult } from './parse-result';

/** systeminformation `networkConnections()` JSON: ports are strings, '*' for none; pid may be null or 0. */
const rowSchema = z.object({
  protocol: z.string(),
  localAddress: z.string(),
  localPort: z.union([z.string(), z.number()]),
  peerAddress: z.string(),
  peerPort: z.union([z.string(), z.number()]),
  state: z.string().nullable().optional(),
  pid: z.number().nullable().optional(),
  process: z.string().nullable().optional(),
});

// macOS dual-stack sockets are tcp46/udp46: IPv6 sockets that also take IPv4.
const PROTOCOLS: Record<string, Protocol> = { tcp: 'tcp', tcp4: 'tcp', tcp6: 'tcp6', tcp46: 'tcp6', udp: 'udp', udp4: 'udp', udp6: 'udp6', udp46: 'udp6' };

function port(value: string | number): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}

/** One spelling per state (netstat's): ss writes ESTAB and FIN-WAIT-2, Windows netstat LISTENING; UDP has none. */
const STATE_ALIASES: Record<string, string> = { ESTAB: 'ESTABLISHED', LISTENING: 'LISTEN', FIN_WAIT_1: 'FIN_WAIT1', FIN_WAIT_2: 'FIN_WAIT2', UNCONN: '', UNKNOWN: '' };

function normalState(state: string | null | undefined): string {
  const s = (state ?? '').toUpperCase().replace(/-/g, '_');
  return STATE_ALIASES[s] ?? s;
}

export function parseSiConnections(text: string): ParseResult<ConnectionFacts> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) return notUnderstood('expected a JSON array of connections');
  const connections: Connection[] = [];
  let partialOwnership = false;
  for (const [i, item] of json.value.entries()) {
    const row = rowSchema.safeParse(item);
    if (!row.success) return notUnderstood(`row ${i}: ${row.error.issues[0]?.path.join('.')} ${row.error.issues[0]?.message}`);
    const r = row.data;
    const protocol = PROTOCOLS[r.protocol.toLowerCase()];
    const localPort = port(r.localPort);
    if (!protocol || localPort === null) return notUnderstood(`row ${i}: protocol "${r.protocol}" or local port "${r.localPort}" not understood`);
    const pid = r.pid && r.pid > 0 ? r.pid : null;
    // On macOS systeminformation names the process by its path (from ps -o command): keep the name.
    const processName = r.process && r.process.trim() !== '' ? r.process.trim().split('/').pop()! : null;
    if (pid === null && processName === null) partialOwnership = true;
    connections.push({
      protocol,
      localAddress: r.localAddress,
      localPort,
      remoteAddress: r.peerAddress === '*' ? '' : r.peerAddress,
      remotePort: port(r.peerPort),
      state: normalState(r.state),
      pid,
      process: processName,
    });
  }
  return parsed({ connections, partialOwnership });
}
