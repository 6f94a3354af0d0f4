import type { Connection, ProcessInfo } from '../../shared/facts';

const LOCAL_REMOTE = /^(127\.|::1$|::ffff:127\.|0\.0\.0\.0$|::$|\*$|$)/;

/** Connections to another machine: not listening sockets, not loopback, with a remote port. */
export function outbound(connections: readonly Connection[]): Connection[] {
  return connections.filter((c) => c.state !== 'LISTEN' && c.remotePort !== null && c.remotePort > 0 && !LOCAL_REMOTE.test(c.remoteAddress));
}

export function processByPid(processes: readonly ProcessInfo[] | null): Map<number, ProcessInfo> {
  return new Map((processes ?? []).map((p) => [p.pid, p]));
}

/** "kworker (pid 812)" or "an unknown program" when the owner is hidden. */
export function ownerLabel(c: Connection, proc: ProcessInfo | undefined): { en: string; ja: string } {
  const name = proc?.name ?? c.process;
  if (!name) return { en: 'a program whose name is hidden (needs administrator rights)', ja: '名前が見えないプログラム (管理者権限が必要)' };
  return c.pid ? { en: `${name} (pid ${c.pid})`, ja: `${name} (PID ${c.pid})` } : { en: name, ja: name };
}

export function remoteLabel(c: Connection): string {
  return c.remoteAddress.includes(':') ? `[${c.remoteAddress}]:${c.remotePort}` : `${c.remoteAddress}:${c.remotePort}`;
}
