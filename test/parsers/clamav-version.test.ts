import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClamavVersion, parseCtime } from '../../electron/parsers/clamav-version';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('clamscan/clamdscan --version', () => {
  it('reads the last version line of a real capture with WARNING lines and prompts around it', () => {
    const r = parseClamavVersion(fixture('clamdscan.en.version-0.99.3-and-0.100.2-with-warnings.txt'));
    expect(r).toEqual({ ok: true, value: { engineVersion: '0.100.2', databaseVersion: '25163', databaseBuiltAt: '2018-11-29T06:15:55.000Z' } });
  });

  it('reads the first capture of that file on its own', () => {
    const text = fixture('clamdscan.en.version-0.99.3-and-0.100.2-with-warnings.txt').split('\n').slice(0, 2).join('\n');
    const r = parseClamavVersion(text);
    expect(r.ok && r.value.databaseBuiltAt).toBe('2018-02-16T01:21:10.000Z');
  });

  it('reads an engine without a database as "no database"', () => {
    const real = readFileSync(join(import.meta.dirname, '../fixtures/linux/clamscan.en.version-no-database-debian12.txt'), 'utf8');
    const r = parseClamavVersion(real);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.databaseVersion).toBeNull();
  });

  it('pads: ctime puts a space before single-digit days', () => {
    expect(parseCtime('Fri Oct  3 17:20:04 2025')).toBe('2025-10-03T17:20:04.000Z');
  });

  it('refuses empty, foreign and truncated output with a reason', () => {
    expect(parseClamavVersion('')).toMatchObject({ ok: false });
    expect(parseClamavVersion('bash: clamscan: command not found')).toMatchObject({ ok: false });
    const truncated = parseClamavVersion('ClamAV 0.100.2/25163/Thu Nov 29 06:1');
    expect(truncated).toMatchObject({ ok: false });
    expect(!truncated.ok && truncated.reason).toMatch(/date/);
  });
});
