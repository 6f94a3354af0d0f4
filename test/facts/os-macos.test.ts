import { describe, expect, it } from 'vitest';
import { macosOs } from '../../electron/facts/os-macos';
import { failed, macosFixture, raw, rawSet } from '../support/macos-fixtures';

const ctx = { platform: 'darwin' as const, capturedAt: new Date('2026-11-25T00:00:00Z') };

describe('os fact on macOS', () => {
  it('is macos with the full ProductVersion, so "15.7.9" finds the "15" support row', () => {
    expect(macosOs.derive(rawSet(raw('macos.sw-vers', macosFixture('sw_vers.en.15.7.9-sequoia-pasted-spaces.txt'))), ctx)).toEqual({ ok: true, probes: ['macos.sw-vers'], value: { id: 'macos', versionId: '15.7.9', prettyName: 'macOS 15.7.9', like: [] } });
  });

  it('names old releases as they call themselves and shows a Rapid Security Response', () => {
    expect(macosOs.derive(rawSet(raw('macos.sw-vers', macosFixture('sw_vers.en.10.13-highsierra-no-patch.txt'))), ctx)).toMatchObject({ ok: true, value: { versionId: '10.13', prettyName: 'Mac OS X 10.13' } });
    expect(macosOs.derive(rawSet(raw('macos.sw-vers', macosFixture('sw_vers.en.13.3.1a-rsr-productversionextra-partial.txt'))), ctx)).toMatchObject({ ok: true, value: { versionId: '13.3.1', prettyName: 'macOS 13.3.1 (a)' } });
  });

  it('is unknown when sw_vers is missing, times out or prints something else', () => {
    expect(macosOs.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    expect(macosOs.derive(rawSet(failed('macos.sw-vers', 'timeout')), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
    expect(macosOs.derive(rawSet(raw('macos.sw-vers', '')), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});
