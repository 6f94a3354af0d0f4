import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAptListsStamp } from '../../electron/parsers/apt-lists-stamp';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');
const STAMP = 'find.en.apt-lists-stamp-debian12.txt';

describe('find /var/lib/apt/lists /var/lib/apt/periodic -printf "%T@ %p"', () => {
  it('takes the newest Release file, not the lock, partial/ or the directory itself', () => {
    expect(parseAptListsStamp(fixture(STAMP))).toEqual({
      ok: true,
      value: { listsDirFound: true, newestReleaseAt: '2026-11-25T22:14:20.000Z', updateSuccessAt: null },
    });
  });

  it('reads a lists directory with only the directory entries left as "never downloaded"', () => {
    const lines = fixture(STAMP).split('\n').filter((l) => !/_(In)?Release$/.test(l));
    const r = parseAptListsStamp(lines.join('\n'));
    expect(r).toMatchObject({ ok: true, value: { listsDirFound: true, newestReleaseAt: null } });
  });

  it('refuses empty and foreign output', () => {
    expect(parseAptListsStamp('')).toMatchObject({ ok: false });
    expect(parseAptListsStamp(fixture('os-release.en.debian-12-bookworm.txt'))).toMatchObject({ ok: false });
  });
});
