import { describe, expect, it } from 'vitest';
import { linuxPackageUpdates } from '../../electron/facts/package-updates-linux';
import { failed, fixture, raw, rawSet } from './update-raw-helpers';

const ctx = { platform: 'linux' as const, capturedAt: new Date('2026-11-25T23:00:00Z') };
const APT = 'linux.apt-list-upgradable';
const LISTS = 'linux.apt-lists-stamp';
const DNF = 'linux.dnf-check-update';
const aptList = () => raw(APT, fixture('apt.en.list-upgradable-debian12-135.txt'));
const stamp = () => raw(LISTS, fixture('find.en.apt-lists-stamp-debian12.txt'));
const noDnf = () => failed(DNF, 'not-found');

describe('packageUpdates fact on Linux', () => {
  it('counts apt updates and the security ones', () => {
    const r = linuxPackageUpdates.derive(rawSet(aptList(), stamp(), noDnf()), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ manager: 'apt', pending: 135, security: 81 });
    expect(r.value.names).toHaveLength(10);
    expect(r.value.names[0]).toBe('apt-transport-https');
  });

  it('does not believe "0 pending" when no package list was ever downloaded', () => {
    const emptyLists = raw(LISTS, fixture('find.en.apt-lists-stamp-debian12.txt').split('\n').filter((l) => !/_(In)?Release$/.test(l)).join('\n'));
    const r = linuxPackageUpdates.derive(rawSet(raw(APT, fixture('apt.en.list-upgradable-debian12-no-lists.txt')), emptyLists, noDnf()), ctx);
    expect(r).toMatchObject({ ok: false, reason: { kind: 'failed' } });
    expect(!r.ok && r.reason.text.en).toMatch(/apt update/);
  });

  it('uses dnf when there is no apt: exit 100 lists updates, exit 0 means none', () => {
    const list = raw(DNF, fixture('dnf.en.check-update-fedora25-partial.txt'), { exitCode: 100 });
    const r = linuxPackageUpdates.derive(rawSet(failed(APT, 'not-found'), failed(LISTS, 'failed'), list), ctx);
    expect(r).toMatchObject({ ok: true, value: { manager: 'dnf', pending: 10, security: null } });
    const none = linuxPackageUpdates.derive(rawSet(failed(APT, 'not-found'), raw(DNF, '', { exitCode: 0 })), ctx);
    expect(none).toMatchObject({ ok: true, value: { manager: 'dnf', pending: 0 } });
  });

  it('dnf: reads rows even when a replay without meta.json reports exit 0, and picks dnf when the apt file is missing', () => {
    const rows = raw(DNF, fixture('dnf.en.check-update-fedora25-partial.txt'));
    expect(linuxPackageUpdates.derive(rawSet(failed(APT, 'missing'), rows), ctx)).toMatchObject({ ok: true, value: { manager: 'dnf', pending: 10 } });
    // Only the metadata line of the real capture: what dnf prints when nothing is pending.
    const metadataOnly = raw(DNF, fixture('dnf.en.check-update-fedora25-partial.txt').split('\n')[1]!);
    expect(linuxPackageUpdates.derive(rawSet(metadataOnly), ctx)).toMatchObject({ ok: true, value: { manager: 'dnf', pending: 0 } });
    const foreign = raw(DNF, fixture('os-release.en.fedora-40-server.txt'));
    expect(linuxPackageUpdates.derive(rawSet(foreign), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });

  it('is unknown for dnf errors (exit 1) and unreadable lists', () => {
    const error = raw(DNF, '', { exitCode: 1, stderr: 'synthetic stderr line' });
    expect(linuxPackageUpdates.derive(rawSet(failed(APT, 'not-found'), error), ctx)).toMatchObject({ ok: false, reason: { kind: 'failed' } });
    const garbage = raw(DNF, fixture('os-release.en.fedora-40-server.txt'), { exitCode: 100 });
    expect(linuxPackageUpdates.derive(rawSet(failed(APT, 'not-found'), garbage), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });

  it('is unknown when apt fails, times out or its output is cut', () => {
    expect(linuxPackageUpdates.derive(rawSet(raw(APT, '', { exitCode: 100, stderr: 'synthetic stderr line' }), stamp()), ctx)).toMatchObject({ ok: false });
    expect(linuxPackageUpdates.derive(rawSet(failed(APT, 'timeout'), stamp()), ctx)).toMatchObject({ ok: false, reason: { kind: 'timeout' } });
    const cut = raw(APT, fixture('apt.en.list-upgradable-debian12-135.txt').slice(0, 5000));
    expect(linuxPackageUpdates.derive(rawSet(cut, stamp()), ctx)).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });

  it('is unknown with neither apt nor dnf, and when a replay lacks the files', () => {
    expect(linuxPackageUpdates.derive(rawSet(failed(APT, 'not-found'), failed(DNF, 'not-found')), ctx)).toMatchObject({ ok: false, reason: { kind: 'unsupported' } });
    expect(linuxPackageUpdates.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
  });
});
