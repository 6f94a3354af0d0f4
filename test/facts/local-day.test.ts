import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../electron/shared/local-day';
import { lastSuccessfulUpgrade, parseAptHistory } from '../../electron/parsers/apt-history';
import { parseCtime } from '../../electron/parsers/clamav-version';
import { parseHotfixText } from '../../electron/parsers/hotfix';
import { fixture } from './update-raw-helpers';

/** Node reads TZ again whenever it is set, so one test can stand in several places of the world. */
function inZone<T>(zone: string, run: () => T): T {
  process.env.TZ = zone;
  return run();
}

afterEach(() => {
  process.env.TZ = 'UTC';
});

describe('the day a report shows for a timestamp', () => {
  it("is the day on the PC's clock: Windows' local midnight in Tokyo is the day before in UTC", () => {
    // Get-HotFix InstalledOn for 2026-11-20 on a PC in Japan.
    expect(inZone('Asia/Tokyo', () => localDay('2026-11-19T15:00:00.000Z'))).toBe('2026-11-20');
    expect(inZone('America/New_York', () => localDay('2026-11-20T05:00:00.000Z'))).toBe('2026-11-20');
    expect(inZone('UTC', () => localDay('2026-11-19T15:00:00.000Z'))).toBe('2026-11-19');
  });

  it('keeps a date without a time, and text it cannot read, as written', () => {
    expect(inZone('America/New_York', () => localDay('2026-11-20'))).toBe('2026-11-20');
    expect(localDay('2026-13-45T99:99:00')).toBe('2026-13-45');
  });

  it("reads apt's and ClamAV's local clock times as local time: the day shown is the day written", () => {
    const history = inZone('Asia/Tokyo', () => parseAptHistory(fixture('history.log.en.debian12-botcheck-dev-2026-11-25.txt')));
    const last = history.ok ? lastSuccessfulUpgrade(history.value) : null;
    // End-Date 2026-11-25  22:18:07 on a PC in Japan: 13:18:07 UTC, still the 25th on that PC.
    expect(last).toBe('2026-11-25T13:18:07.000Z');
    expect(inZone('Asia/Tokyo', () => localDay(last!))).toBe('2026-11-25');
    expect(inZone('Asia/Tokyo', () => parseCtime('Tue Nov 24 20:16:31 2026'))).toBe('2026-11-24T11:16:31.000Z');
  });

  it("reads wmic's install day as local midnight, the same instant Get-HotFix gives", () => {
    const table = 'Description  HotFixID   InstalledOn\r\nUpdate       KB5030651  11/20/2026\r\n';
    const read = inZone('Asia/Tokyo', () => parseHotfixText(table));
    expect(read.ok && read.value[0]?.installedOn).toBe('2026-11-19T15:00:00.000Z');
    expect(inZone('Asia/Tokyo', () => localDay('2026-11-19T15:00:00.000Z'))).toBe('2026-11-20');
  });
});
