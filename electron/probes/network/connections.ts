import si from 'systeminformation';
import { PROBE_PREFIX, type Platform } from '../../shared/types';
import type { ProbeDefinition } from '../probe';
import { withTimeout } from '../exec';

/**
 * systeminformation reads the socket table with the OS's own tool (netstat/ss on Linux, netstat and
 * lsof on macOS, netstat on Windows); its JSON is recorded as returned.
 */
export function connectionsProbe(platform: Platform): ProbeDefinition {
  return {
    id: `${PROBE_PREFIX[platform]}.connections`,
    platform,
    format: 'json',
    command: 'systeminformation networkConnections() (Linux: netstat -tunap, else ss -tunap; macOS: netstat -natvln and ps -axo pid,command; Windows: netstat -nao)',
    note: 'Owning processes of other users\' sockets are visible only with administrator rights.',
    timeoutMs: 8000,
    async run() {
      try {
        const r = await withTimeout(si.networkConnections(), this.timeoutMs);
        if ('timedOut' in r) return { stdout: '', stderr: '', exitCode: null, error: { kind: 'timeout', message: `no answer within ${this.timeoutMs} ms` } };
        return { stdout: JSON.stringify(r.value), stderr: '', exitCode: 0 };
      } catch (err) {
        return { stdout: '', stderr: '', exitCode: null, error: { kind: 'failed', message: (err as Error).message } };
      }
    },
  };
}
