import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxAntivirus } from '../../electron/facts/antivirus-linux';
import type { RawOutput } from '../../electron/shared/types';

const FIX = join(import.meta.dirname, '../fixtures/linux');
const raw = (probeId: string, stdout: string, extra: Partial<RawOutput> = {}): RawOutput => ({ probeId, format: probeId.endsWith('processes') ? 'json' : 'text', stdout, stderr: '', exitCode: 0, durationMs: 1, ...extra });
const set = (...raws: RawOutput[]) => ({ get: (id: string) => raws.find((r) => r.probeId === id) });
const ctx = { platform: 'linux' as const, capturedAt: new Date('2026-11-25T00:00:00Z') };
const procs = raw('linux.processes', readFileSync(join(FIX, 'proc-processes.en.debian12-container-as-root.json'), 'utf8'));

describe('antivirus on Linux (ClamAV)', () => {
  it('is "no product" when clamscan is not installed — a fact, not an unknown', () => {
    const fact = linuxAntivirus.derive(set(raw('linux.clamav-version', '', { exitCode: null, error: { kind: 'not-found', message: 'ENOENT' } }), procs), ctx);
    expect(fact).toMatchObject({ ok: true, value: { products: [] } });
  });

  it('reads the database date of a real capture, and real-time off when clamonacc is not running', () => {
    const fact = linuxAntivirus.derive(set(raw('linux.clamav-version', readFileSync(join(FIX, 'clamdscan.en.version-0.99.3-and-0.100.2-with-warnings.txt'), 'utf8')), procs), ctx);
    expect(fact.ok && fact.value.products[0]).toMatchObject({ name: 'ClamAV', installed: true, realTime: false, signaturesUpdatedAt: '2018-11-29T06:15:55.000Z', signatureVersion: '25163' });
  });

  it('marks an engine without any database as not up to date (real capture: freshclam never ran)', () => {
    const fact = linuxAntivirus.derive(set(raw('linux.clamav-version', readFileSync(join(FIX, 'clamscan.en.version-no-database-debian12.txt'), 'utf8')), procs), ctx);
    expect(fact.ok && fact.value.products[0]).toMatchObject({ signaturesUpdatedAt: null, signaturesUpToDate: false });
  });

  it('leaves real-time unknown when the process list is missing', () => {
    const fact = linuxAntivirus.derive(set(raw('linux.clamav-version', readFileSync(join(FIX, 'clamscan.en.version-no-database-debian12.txt'), 'utf8'))), ctx);
    expect(fact.ok && fact.value.products[0]!.realTime).toBeNull();
  });

  it('is unknown with the reason when clamscan times out or prints something else', () => {
    expect(linuxAntivirus.derive(set(raw('linux.clamav-version', '', { exitCode: null, error: { kind: 'timeout', message: 'no answer within 5000 ms' } }), procs), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
    expect(linuxAntivirus.derive(set(raw('linux.clamav-version', 'LibClamAV Error: cli_loaddb(): No supported database files found'), procs), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});
