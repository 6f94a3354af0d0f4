import { describe, expect, it } from 'vitest';
import { linuxOs } from '../../electron/facts/os-linux';
import { failed, fixture, raw, rawSet } from './update-raw-helpers';

const ctx = { platform: 'linux' as const, capturedAt: new Date('2026-11-25T00:00:00Z') };

describe('os fact on Linux', () => {
  it('comes from /etc/os-release', () => {
    const r = linuxOs.derive(rawSet(raw('linux.os-release', fixture('os-release.en.ubuntu-22.04-jammy.txt'))), ctx);
    expect(r).toEqual({ ok: true, probes: ['linux.os-release'], value: { id: 'ubuntu', versionId: '22.04', prettyName: 'Ubuntu 22.04 LTS', like: ['debian'] } });
  });

  it('is unknown when the file is missing or not understood', () => {
    expect(linuxOs.derive(rawSet(failed('linux.os-release', 'not-found')), ctx)).toMatchObject({ ok: false, reason: { kind: 'not-found' } });
    expect(linuxOs.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    expect(linuxOs.derive(rawSet(raw('linux.os-release', '')), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});
