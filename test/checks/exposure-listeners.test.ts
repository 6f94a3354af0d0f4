import { describe, expect, it } from 'vitest';
import { exposedListeners, isLoopback, socketLabel } from '../../electron/checks/exposure/listeners';
import type { Connection } from '../../electron/shared/facts';

const listen = (protocol: Connection['protocol'], localAddress: string, localPort: number, state = 'LISTEN'): Connection => ({
  protocol, localAddress, localPort, remoteAddress: '', remotePort: null, state, pid: null, process: null,
});

describe('exposure listeners', () => {
  it('treats 127.0.0.0/8, ::1 and their mapped and bracketed forms as loopback', () => {
    for (const a of ['127.0.0.1', '127.0.0.53', '127.0.0.53%lo', '::1', '[::1]', '::ffff:127.0.0.1', 'localhost']) expect(isLoopback(a), a).toBe(true);
  });

  it('treats wildcards, LAN, link-local and unreadable addresses as reachable', () => {
    for (const a of ['0.0.0.0', '::', '[::]', '*', '', '192.168.1.20', 'fe80::1%eth0', '::ffff:10.0.0.1', 'some-host']) expect(isLoopback(a), a).toBe(false);
  });

  it('keeps only TCP listeners on reachable addresses', () => {
    const rows = [listen('tcp', '0.0.0.0', 23), listen('tcp6', '::1', 25), listen('udp', '0.0.0.0', 137, ''), listen('tcp', '10.0.0.5', 445, 'ESTABLISHED')];
    expect(exposedListeners(rows).map(socketLabel)).toEqual(['0.0.0.0:23']);
  });

  it('writes IPv6 sockets with brackets', () => {
    expect(socketLabel(listen('tcp6', '::', 21))).toBe('[::]:21');
    expect(socketLabel(listen('tcp6', '[::]', 21))).toBe('[::]:21');
  });
});
