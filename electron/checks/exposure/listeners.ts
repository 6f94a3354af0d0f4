import ipaddr from 'ipaddr.js';
import type { Connection } from '../../shared/facts';
import type { LocalizedText } from '../../shared/types';

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms: reachable from this machine only. */
export function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (bare === 'localhost') return true;
  if (!ipaddr.isValid(bare)) return false;
  return ipaddr.process(bare).range() === 'loopback';
}

/** TCP sockets waiting for connections on an address other machines can reach (wildcards included). */
export function exposedListeners(connections: readonly Connection[]): Connection[] {
  return connections.filter((c) => (c.protocol === 'tcp' || c.protocol === 'tcp6') && c.state === 'LISTEN' && !isLoopback(c.localAddress));
}

/** "0.0.0.0:23", "[::]:23". */
export function socketLabel(c: Connection): string {
  const address = c.localAddress === '' ? '*' : c.localAddress;
  return address.includes(':') && !address.startsWith('[') ? `[${address}]:${c.localPort}` : `${address}:${c.localPort}`;
}

/** "inetd (pid 812)", or a note that the OS did not name the owner (often: no administrator rights). */
export function ownerText(c: Connection): LocalizedText {
  if (!c.process) return { en: 'program not named by the OS (administrator rights usually show it)', ja: 'プログラム名は不明 (OS が表示しませんでした。多くは管理者権限で表示されます)' };
  return c.pid ? { en: `${c.process} (pid ${c.pid})`, ja: `${c.process} (PID ${c.pid})` } : { en: c.process, ja: c.process };
}
