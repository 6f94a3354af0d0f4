import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../electron/checks/index';
import { scan } from '../../electron/engine/scan';
import { probesFor } from '../../electron/probes/catalog';
import { loadSignatures } from '../../electron/signatures/load';
import type { ProgressEvent, Report } from '../../electron/shared/types';
import { bundledSignatures } from '../support/signatures';

/** Live: real probes on this (Linux) machine, with real sockets opened by the test. */

function ownAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return null;
}

describe.runIf(process.platform === 'linux')('live scan of this machine', () => {
  let report: Report;
  const events: ProgressEvent[] = [];

  beforeAll(async () => {
    report = await scan({ signatures: await bundledSignatures(), onProgress: (e) => events.push(e) });
  }, 60_000);

  it('runs every Linux probe once and evaluates every Linux check', () => {
    expect(report.mode).toBe('live');
    const ids = report.probes.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(probesFor('linux').map((p) => p.id).sort());
    expect(report.checks.map((c) => c.id).sort()).toEqual(CHECKS.filter((c) => c.platforms.includes('linux')).map((c) => c.id).sort());
    expect(report.probes.every((p) => p.error?.kind !== 'missing')).toBe(true);
  });

  it('gives every unknown its reason and every problem its evidence, in both languages', () => {
    for (const c of report.checks) {
      if (c.status === 'unknown') expect(c.reason, c.id).toBeDefined();
      if (c.status === 'fail' || c.status === 'warn') expect(c.evidence.length, c.id).toBeGreaterThan(0);
      expect(c.message.en && c.message.ja, c.id).toBeTruthy();
    }
  });

  it('never passes a check whose probe failed outright', () => {
    const failedProbes = new Set(report.probes.filter((p) => p.error && p.error.kind !== 'not-found').map((p) => p.id));
    for (const c of report.checks) {
      if (c.status === 'pass' && c.probes.length > 0 && c.probes.every((p) => failedProbes.has(p))) throw new Error(`${c.id} passed on failed probes`);
    }
  });

  it('reports progress: each check finished once, between scan-started and scan-finished', () => {
    expect(events[0]!.type).toBe('scan-started');
    expect(events.at(-1)!.type).toBe('scan-finished');
    const finished = events.filter((e) => e.type === 'check-finished');
    expect(finished.length).toBe(report.checks.length);
    expect(events.filter((e) => e.type === 'probe-finished').length).toBe(report.probes.length);
  });

  it('reads OS facts this machine really has', () => {
    expect(report.host.os).toMatch(/Debian|Ubuntu|Linux/);
    expect(report.checks.find((c) => c.id === 'UPD-001')!.status).not.toBe('unknown');
  });
});

describe.runIf(process.platform === 'linux' && ownAddress() !== null)('live connections opened by the test', () => {
  const address = ownAddress()!;
  let server: net.Server;
  let lists: string;
  const sockets: net.Socket[] = [];

  beforeAll(async () => {
    server = net.createServer((s) => sockets.push(s));
    await new Promise<void>((resolve) => server.listen(0, address, resolve));
    lists = await mkdtemp(join(tmpdir(), 'botcheck-live-'));
    await writeFile(join(lists, 'test-c2.txt'), `# this machine's own address, listed for the test\n${address}\n`);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => server.close(resolve));
    await rm(lists, { recursive: true, force: true });
  });

  async function net001(): Promise<Report['checks'][number]> {
    const signatures = await loadSignatures(undefined, [lists]);
    const report = await scan({ signatures, checks: CHECKS.filter((c) => c.id === 'NET-001') });
    return report.checks[0]!;
  }

  it('flags a real connection to a listed address, naming this process, and clears when it closes', async () => {
    const port = (server.address() as net.AddressInfo).port;
    const client = net.connect(port, address);
    await new Promise<void>((resolve) => client.on('connect', () => resolve()));
    const open = await net001();
    expect(open.status).toBe('fail');
    const hit = open.evidence.find((e) => e.data?.remotePort === port)!;
    expect(hit.text.en).toContain(`${address}:${port}`);
    expect(hit.data).toMatchObject({ remoteAddress: address, pid: process.pid, list: join(lists, 'test-c2.txt') });

    client.destroy();
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closed = await net001();
    const left = closed.evidence.filter((e) => e.data?.remotePort === port);
    expect(left.every((e) => e.data?.state !== 'ESTABLISHED')).toBe(true);
    for (const e of left) expect(e.text.en).toContain('moments ago');
  });
});

describe.runIf(process.platform === 'linux')('live listener opened by the test', () => {
  it('reports a telnet-port listener on all addresses as exposed, naming this process, and not once it is closed', async () => {
    const server = net.createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(2323, '0.0.0.0', () => resolve(true));
    });
    if (!listening) throw new Error('port 2323 is taken on this machine: the test cannot open its telnet-port listener');
    const exp001 = CHECKS.filter((c) => c.id === 'EXP-001');
    try {
      const open = (await scan({ signatures: await bundledSignatures(), checks: exp001 })).checks[0]!;
      expect(open.status).toBe('fail');
      const hit = open.evidence.find((e) => e.text.en.includes('2323'));
      expect(hit, JSON.stringify(open.evidence)).toBeDefined();
      expect(hit!.text.en).toMatch(/telnet/i);
      expect(hit!.text.en).toContain(String(process.pid));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const closed = (await scan({ signatures: await bundledSignatures(), checks: exp001 })).checks[0]!;
    expect(closed.evidence.some((e) => e.text.en.includes(':2323'))).toBe(false);
  });
});
