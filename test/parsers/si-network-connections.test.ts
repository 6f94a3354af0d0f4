import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiConnections } from '../../electron/parsers/si-network-connections';

const real = readFileSync(join(import.meta.dirname, '../fixtures/linux/si-connections.en.debian12-loopback-6667-established.json'), 'utf8');

describe('systeminformation networkConnections() JSON', () => {
  it('reads a real capture: ports as numbers, "*" as no port, owners where visible', () => {
    const r = parseSiConnections(real);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { connections } = r.value;
    expect(connections.length).toBe(JSON.parse(real).length);
    const listen = connections.find((c) => c.state === 'LISTEN' && c.localPort === 6667)!;
    expect(listen).toMatchObject({ protocol: 'tcp', localAddress: '127.0.0.1', remotePort: null, process: 'node' });
    expect(connections.some((c) => c.state === 'ESTABLISHED' && c.remotePort !== null && c.pid !== null)).toBe(true);
    const timeWait = connections.find((c) => c.state === 'TIME_WAIT')!;
    expect(timeWait.pid).toBeNull();
  });

  it('marks ownership as partial when a socket has no visible owner (the sandbox agent on :2024)', () => {
    const r = parseSiConnections(real);
    expect(r.ok && r.value.partialOwnership).toBe(true);
  });

  it('normalises state spellings: ss ESTAB and FIN-WAIT-2, Windows LISTENING', () => {
    const row = { protocol: 'tcp', localAddress: '10.0.0.2', localPort: '40000', peerAddress: '10.0.0.1', peerPort: '443', state: 'ESTAB', pid: 5, process: 'curl' };
    const r = parseSiConnections(JSON.stringify([row, { ...row, state: 'LISTENING' }, { ...row, state: 'FIN-WAIT-2' }]));
    expect(r.ok && r.value.connections.map((c) => c.state)).toEqual(['ESTABLISHED', 'LISTEN', 'FIN_WAIT2']);
  });

  it('refuses empty, truncated and foreign JSON with a reason', () => {
    expect(parseSiConnections('')).toMatchObject({ ok: false, reason: 'empty output' });
    expect(parseSiConnections(real.slice(0, real.length / 2))).toMatchObject({ ok: false });
    expect(parseSiConnections('{"connections": []}')).toMatchObject({ ok: false });
    expect(parseSiConnections('[{"protocol":"tcp"}]')).toMatchObject({ ok: false });
  });
});
