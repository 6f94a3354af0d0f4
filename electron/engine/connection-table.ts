import type { ConnectionFacts, FactResult, ProcessFacts } from '../shared/facts';
import type { CheckResult, ReportConnection } from '../shared/types';

/**
 * The report's connection table: every socket with its program and path, and beside each row what
 * the connection checks said about it (their evidence carries address, port and pid).
 */
export function connectionTable(connections: FactResult<ConnectionFacts> | null, processes: FactResult<ProcessFacts> | null, checks: readonly CheckResult[]): ReportConnection[] | null {
  if (!connections?.ok) return null;
  const byPid = new Map((processes?.ok ? processes.value.processes : []).map((p) => [p.pid, p]));
  const flagging = checks.filter((c) => c.item === 'net' || c.item === 'exposure');
  return connections.value.connections.map((c) => {
    const proc = c.pid !== null ? byPid.get(c.pid) : undefined;
    const flags = flagging.flatMap((check) =>
      check.evidence
        .filter((e) => e.data && e.data.remoteAddress === c.remoteAddress && e.data.remotePort === c.remotePort && (e.data.pid ?? null) === c.pid && c.remoteAddress !== '')
        .map((e) => ({ check: check.id, text: e.text })),
    );
    return {
      protocol: c.protocol,
      localAddress: c.localAddress,
      localPort: c.localPort,
      remoteAddress: c.remoteAddress,
      remotePort: c.remotePort,
      state: c.state,
      pid: c.pid,
      process: proc?.name ?? c.process,
      path: proc?.exe ?? null,
      flags,
    };
  });
}
