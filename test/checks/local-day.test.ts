import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../electron/checks/local-day';
import { parseHotfixText } from '../../electron/parsers/hotfix';

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

  it("reads wmic's install day as local midnight, the same instant Get-HotFix gives", () => {
    const table = 'Description  HotFixID   InstalledOn\r\nUpdate       KB5030651  11/20/2026\r\n';
    const read = inZone('Asia/Tokyo', () => parseHotfixText(table));
    expect(read.ok && read.value[0]?.installedOn).toBe('2026-11-19T15:00:00.000Z');
    expect(inZone('Asia/Tokyo', () => localDay('2026-11-19T15:00:00.000Z'))).toBe('2026-11-20');
  });
});
