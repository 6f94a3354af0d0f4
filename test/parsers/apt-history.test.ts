import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastSuccessfulUpgrade, parseAptHistory } from '../../electron/parsers/apt-history';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');
const LOG = 'history.log.en.debian12-botcheck-dev-2026-11-25.txt';

describe('/var/log/apt/history.log', () => {
  it('reads every transaction of a real log', () => {
    const r = parseAptHistory(fixture(LOG));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries).toHaveLength(15);
    expect(r.value.entries[0]).toEqual({
      startedAt: '2025-06-24T14:36:25.000Z',
      endedAt: '2025-06-24T14:36:25.000Z',
      commandline: 'apt-get -qqy upgrade',
      upgraded: 2,
      installed: 0,
      error: null,
    });
    expect(r.value.entries.filter((e) => e.upgraded > 0)).toHaveLength(6);
  });

  it('finds the end of the last upgrade', () => {
    const r = parseAptHistory(fixture(LOG));
    expect(r.ok && lastSuccessfulUpgrade(r.value)).toBe('2026-11-25T22:18:07.000Z');
  });

  it('counts packages on long Install: lines', () => {
    const r = parseAptHistory(fixture(LOG));
    const last = r.ok ? r.value.entries.at(-1) : undefined;
    expect(last?.commandline).toContain('firefox-esr chromium');
    expect(last?.installed).toBeGreaterThan(20);
    expect(last?.upgraded).toBe(0);
  });

  it('leaves a block cut before its End-Date open, and does not count it as an upgrade', () => {
    const lines = fixture(LOG).split('\n');
    const lastUpgradeEnd = lines.findIndex((l) => l === 'End-Date: 2026-11-25  22:18:07');
    const cut = lines.slice(0, lastUpgradeEnd).join('\n');
    const r = parseAptHistory(cut);
    expect(r.ok && r.value.entries.at(-1)?.endedAt).toBeNull();
    expect(r.ok && lastSuccessfulUpgrade(r.value)).toBe('2026-09-22T04:45:29.000Z');
  });

  it('skips the tail of a block that began before the file starts', () => {
    const lines = fixture(LOG).split('\n');
    const r = parseAptHistory(lines.slice(3).join('\n'));
    expect(r.ok && r.value.entries).toHaveLength(14);
  });

  it('refuses empty, garbage and foreign input', () => {
    expect(parseAptHistory('')).toMatchObject({ ok: false });
    expect(parseAptHistory(fixture('apt-get.en.simulate-upgrade-debian12-no-lists.txt'))).toMatchObject({ ok: false });
    expect(parseAptHistory(fixture('os-release.en.debian-12-bookworm.txt'))).toMatchObject({ ok: false });
  });
});
