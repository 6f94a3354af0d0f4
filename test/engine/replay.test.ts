import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { av002 } from '../../electron/checks/av-002-pattern-files-fresh';
import { net001 } from '../../electron/checks/net-001-known-c2';
import { scan } from '../../electron/engine/scan';
import { ReplayError } from '../../electron/engine/replay-source';
import { RecordError } from '../../electron/engine/record-writer';
import type { ProgressEvent } from '../../electron/shared/types';
import { bundledSignatures } from '../support/signatures';

const FIXTURES = join(import.meta.dirname, '../fixtures/linux');
const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'botcheck-replay-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A folder as a helpdesk would assemble it: real captured outputs renamed to probe ids. */
async function clamavFolder(capturedAt: string | null): Promise<string> {
  const dir = await temp();
  await copyFile(join(FIXTURES, 'clamdscan.en.version-0.99.3-and-0.100.2-with-warnings.txt'), join(dir, 'linux.clamav-version.txt'));
  await copyFile(join(FIXTURES, 'proc-processes.en.debian12-container-as-root.json'), join(dir, 'linux.processes.json'));
  await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt }));
  return dir;
}

describe('replay', () => {
  it('measures ages against meta.json capturedAt, not today', async () => {
    const signatures = await bundledSignatures();
    const at = async (capturedAt: string) => (await scan({ signatures, replayDir: await clamavFolder(capturedAt), checks: [av002] })).checks[0]!;
    expect((await at('2018-12-01T12:00:00Z')).status).toBe('pass');
    expect((await at('2018-12-05T12:00:00Z')).status).toBe('warn');
    const stale = await at('2018-12-10T12:00:00Z');
    expect(stale.status).toBe('fail');
    expect(stale.evidence[0]!.text.en).toContain('11 days old');
  });

  it('says unknown, with the reason, when the capture time is not known', async () => {
    const report = await scan({ signatures: await bundledSignatures(), replayDir: await clamavFolder(null), checks: [av002] });
    expect(report.checks[0]!.status).toBe('unknown');
    expect(report.checks[0]!.reason?.kind).toBe('no-capture-time');
    expect(report.capturedAt).toBeNull();
  });

  it('treats a missing probe file as unknown, never pass', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt: '2026-11-25T00:00:00Z' }));
    const report = await scan({ signatures: await bundledSignatures(), replayDir: dir, checks: [net001] });
    expect(report.checks[0]!.status).toBe('unknown');
    expect(report.checks[0]!.reason?.kind).toBe('missing');
    expect(report.checks[0]!.evidence[0]!.text.en).toContain('linux.connections');
  });

  it('treats corrupt or foreign output as unknown with the parser\'s reason', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt: '2026-11-25T00:00:00Z' }));
    await writeFile(join(dir, 'linux.connections.json'), 'Proto Recv-Q Send-Q Local Address Foreign Address State');
    const report = await scan({ signatures: await bundledSignatures(), replayDir: dir, checks: [net001] });
    expect(report.checks[0]!.status).toBe('unknown');
    expect(report.checks[0]!.reason?.kind).toBe('parse');
    expect(report.checks[0]!.reason?.text.en).toMatch(/not valid JSON/);
  });

  it('keeps a recorded "not installed" apart from "not captured"', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'linux.clamav-version.txt'), '');
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'linux', capturedAt: '2026-11-25T00:00:00Z', probes: { 'linux.clamav-version': { exitCode: null, error: { kind: 'not-found', message: 'spawn /usr/bin/clamscan ENOENT' } } } }));
    const report = await scan({ signatures: await bundledSignatures(), replayDir: dir, checks: [av002] });
    expect(report.checks[0]!.status).toBe('not_applicable');
  });

  it('infers the platform from file names when meta.json is absent, and refuses folders that do not tell', async () => {
    const dir = await temp();
    await copyFile(join(FIXTURES, 'si-connections.en.debian12-loopback-6667-established.json'), join(dir, 'linux.connections.json'));
    const report = await scan({ signatures: await bundledSignatures(), replayDir: dir, checks: [net001] });
    expect(report.host.platform).toBe('linux');
    expect(report.checks[0]!.status).toBe('pass');
    const empty = await temp();
    await expect(scan({ signatures: await bundledSignatures(), replayDir: empty })).rejects.toBeInstanceOf(ReplayError);
  });

  it('refuses a malformed meta.json naming the field', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'meta.json'), JSON.stringify({ platform: 'beos' }));
    await expect(scan({ signatures: await bundledSignatures(), replayDir: dir })).rejects.toThrow(/meta\.json: platform/);
  });
});

describe('record', () => {
  it('writes one file per probe plus meta.json, and a replay of it gives the same verdicts', async () => {
    const signatures = await bundledSignatures();
    const dir = join(await temp(), 'rec');
    const events: ProgressEvent[] = [];
    const live = await scan({ signatures, recordDir: dir, onProgress: (e) => events.push(e) });
    const names = await readdir(dir);
    expect(names).toContain('meta.json');
    for (const probe of live.probes) expect(names).toContain(`${probe.id}.${probe.format === 'json' ? 'json' : 'txt'}`);
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ platform: 'linux', capturedAt: live.capturedAt });

    const replayed = await scan({ signatures, replayDir: dir });
    expect(replayed.mode).toBe('replay');
    expect(replayed.capturedAt).toBe(live.capturedAt);
    expect(replayed.checks.map((c) => [c.id, c.status])).toEqual(live.checks.map((c) => [c.id, c.status]));

    const finished = events.filter((e) => e.type === 'check-finished').map((e) => (e as { result: { id: string } }).result.id);
    expect(finished.sort()).toEqual(live.checks.map((c) => c.id).sort());
    expect(events[0]!.type).toBe('scan-started');
    expect(events.at(-1)!.type).toBe('scan-finished');
  });

  it('refuses a non-empty record folder before scanning, leaving it untouched', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'keep'));
    await expect(scan({ signatures: await bundledSignatures(), recordDir: dir })).rejects.toBeInstanceOf(RecordError);
    expect(await readdir(dir)).toEqual(['keep']);
  });
});

describe('hand-made capture encodings', () => {
  it('reads UTF-8, UTF-16 with a byte-order mark and Shift_JIS (CP932) to the same text', async () => {
    const { decodeCapture } = await import('../../electron/engine/replay-source');
    const text = 'アクティブな接続\r\n  プロトコル  ローカル アドレス\r\n  TCP    0.0.0.0:135   0.0.0.0:0   LISTENING   1052\r\n';
    expect(decodeCapture(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCapture(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    const sjis = Buffer.from('83 41 83 4e 83 65 83 42 83 75 82 c8 90 da 91 b1'.replace(/ /g, ''), 'hex');
    expect(decodeCapture(sjis)).toBe('アクティブな接続');
  });
});
