import { describe, expect, it } from 'vitest';
import { linuxUpdateHistory } from '../../electron/facts/update-history-linux';
import { failed, fixture, raw, rawSet } from './update-raw-helpers';

const ctx = { platform: 'linux' as const, capturedAt: new Date('2026-11-25T23:00:00Z') };
const HISTORY = 'linux.apt-history';
const ROTATED = 'linux.apt-history-rotated';
const LISTS = 'linux.apt-lists-stamp';
const DNF = 'linux.dnf-check-update';
const stamp = () => raw(LISTS, fixture('find.en.apt-lists-stamp-debian12.txt'));
const history = () => raw(HISTORY, fixture('history.log.en.debian12-botcheck-dev-2026-11-25.txt'));

describe('updateHistory fact on Linux', () => {
  it('apt: last upgrade from history.log, lists time from the newest Release file', () => {
    const r = linuxUpdateHistory.derive(rawSet(history(), stamp(), failed(DNF, 'not-found')), ctx);
    expect(r).toEqual({
      ok: true,
      probes: [HISTORY, ROTATED, LISTS, DNF],
      value: { lastUpgradeAt: '2026-11-25T22:18:07.000Z', listsRefreshedAt: '2026-11-25T22:14:20.000Z' },
    });
  });

  it('apt: an empty (rotated) or absent log means no upgrade on record', () => {
    const empty = linuxUpdateHistory.derive(rawSet(raw(HISTORY, ''), stamp()), ctx);
    expect(empty).toMatchObject({ ok: true, value: { lastUpgradeAt: null, listsRefreshedAt: '2026-11-25T22:14:20.000Z' } });
    const absent = linuxUpdateHistory.derive(rawSet(failed(HISTORY, 'not-found'), stamp()), ctx);
    expect(absent).toMatchObject({ ok: true, value: { lastUpgradeAt: null } });
  });

  it("apt: after the monthly rotation, the last upgrade from the previous month's log", () => {
    const rotated = raw(ROTATED, fixture('history.log.en.debian12-botcheck-dev-2026-11-25.txt'));
    expect(linuxUpdateHistory.derive(rawSet(raw(HISTORY, ''), rotated, stamp()), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: '2026-11-25T22:18:07.000Z' } });
    // This month's log holds only an install: the upgrade before it is still the last one.
    const installOnly = 'Start-Date: 2026-12-01  09:00:00\nCommandline: apt install tree\nInstall: tree:amd64 (2.1.0-1)\nEnd-Date: 2026-12-01  09:00:02\n';
    expect(linuxUpdateHistory.derive(rawSet(raw(HISTORY, installOnly), rotated, stamp()), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: '2026-11-25T22:18:07.000Z' } });
    // No rotated log, or one that cannot be read: no upgrade on record, as before.
    expect(linuxUpdateHistory.derive(rawSet(raw(HISTORY, ''), failed(ROTATED, 'not-found'), stamp()), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: null } });
    expect(linuxUpdateHistory.derive(rawSet(raw(HISTORY, ''), failed(ROTATED, 'failed'), stamp()), ctx)).toMatchObject({ ok: true, value: { lastUpgradeAt: null } });
  });

  it('apt: unknown when the log cannot be read or understood', () => {
    expect(linuxUpdateHistory.derive(rawSet(failed(HISTORY, 'permission'), stamp()), ctx)).toMatchObject({ ok: false, reason: { kind: 'permission' } });
    expect(linuxUpdateHistory.derive(rawSet(raw(HISTORY, fixture('os-release.en.debian-12-bookworm.txt')), stamp()), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });

  it('dnf: the metadata check time, no upgrade time', () => {
    const noApt = raw(LISTS, '', { exitCode: 1 });
    const dnf = raw(DNF, fixture('dnf.en.check-update-fedora25-partial.txt'), { exitCode: 100 });
    expect(linuxUpdateHistory.derive(rawSet(failed(HISTORY, 'not-found'), noApt, dnf), ctx)).toMatchObject({
      ok: true,
      value: { lastUpgradeAt: null, listsRefreshedAt: '2016-12-25T20:46:13.000Z' },
    });
  });

  it('dnf: used when a replay folder has the dnf file but no apt files', () => {
    const dnf = raw(DNF, fixture('dnf.en.check-update-fedora25-partial.txt'));
    expect(linuxUpdateHistory.derive(rawSet(dnf), ctx)).toMatchObject({ ok: true, value: { listsRefreshedAt: '2016-12-25T20:46:13.000Z' } });
  });

  it('unknown with neither apt nor dnf, with a garbled stamp, and in a replay without files', () => {
    const noApt = raw(LISTS, '', { exitCode: 1 });
    expect(linuxUpdateHistory.derive(rawSet(failed(HISTORY, 'not-found'), noApt, failed(DNF, 'not-found')), ctx)).toMatchObject({ ok: false, reason: { kind: 'unsupported' } });
    expect(linuxUpdateHistory.derive(rawSet(history(), raw(LISTS, 'garbage'), failed(DNF, 'not-found')), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
    expect(linuxUpdateHistory.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});
