import type { Connection, ConnectionFacts, FactResult, FactSet, ProcessFacts, ProcessInfo } from '../../shared/facts';
import { need, unknownVerdict, type Verdict } from '../check';

const LOCAL_REMOTE = /^(127\.|::1$|::ffff:127\.|0\.0\.0\.0$|::$|\*$|$)/;

/** States of a socket on its way out; once the program has let go, the kernel owns it alone. */
const CLOSING = new Set(['TIME_WAIT', 'FIN_WAIT1', 'FIN_WAIT2', 'LAST_ACK', 'CLOSING', 'CLOSE', 'CLOSED']);

/** A connection that has ended and belongs to no program any more (not a hidden owner). */
export function isOrphanedClosing(c: Connection): boolean {
  return c.pid === null && CLOSING.has(c.state);
}

/** Every connection with another machine, in either direction: what a command-server list is matched against. */
export function remoteConnections(connections: readonly Connection[]): Connection[] {
  return connections.filter((c) => c.state !== 'LISTEN' && c.remotePort !== null && c.remotePort > 0 && !LOCAL_REMOTE.test(c.remoteAddress));
}

/**
 * Connections this machine opened to another one. Sockets a local server accepted (their local port
 * is a listening port) are left out: they are someone else's outbound traffic.
 */
export function outbound(connections: readonly Connection[]): Connection[] {
  const listening = new Set(connections.filter((c) => c.state === 'LISTEN').map((c) => c.localPort));
  return remoteConnections(connections).filter((c) => !listening.has(c.localPort));
}

export function processByPid(processes: readonly ProcessInfo[] | null): Map<number, ProcessInfo> {
  return new Map((processes ?? []).map((p) => [p.pid, p]));
}

/** "kworker (pid 812)", or why there is no name to show. */
export function ownerLabel(c: Connection, proc: ProcessInfo | undefined): { en: string; ja: string } {
  const name = proc?.name ?? c.process;
  if (!name && isOrphanedClosing(c)) return { en: 'a connection that has just closed (no program owns it any more)', ja: '直前に終了した接続 (もうどのプログラムにも属していません)' };
  if (!name) return { en: 'a program whose name is hidden (needs administrator rights)', ja: '名前が見えないプログラム (管理者権限が必要)' };
  return c.pid ? { en: `${name} (pid ${c.pid})`, ja: `${name} (PID ${c.pid})` } : { en: name, ja: name };
}

export function remoteLabel(c: Connection): string {
  return c.remoteAddress.includes(':') ? `[${c.remoteAddress}]:${c.remotePort}` : `${c.remoteAddress}:${c.remotePort}`;
}

export interface NetFacts {
  connections: ConnectionFacts;
  processes: FactResult<ProcessFacts>;
  byPid: Map<number, ProcessInfo>;
}

/** The connection checks' common start: no connection table is an unknown verdict; processes are optional detail. */
export function readNetFacts(facts: FactSet): { ok: true; net: NetFacts } | { ok: false; verdict: Verdict } {
  const conns = need(facts, 'connections');
  if (!conns.ok) return { ok: false, verdict: unknownVerdict(conns) };
  const processes = need(facts, 'processes');
  return { ok: true, net: { connections: conns.value, processes, byPid: processByPid(processes.ok ? processes.value.processes : null) } };
}
