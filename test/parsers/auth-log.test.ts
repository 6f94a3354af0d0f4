import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAuthLog, type SshAuthEvent } from '../../electron/parsers/auth-log';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

function events(name: string, capturedAt: string): SshAuthEvent[] {
  const r = parseAuthLog(fixture(name), new Date(capturedAt));
  if (!r.ok) throw new Error(r.reason);
  return r.value.events;
}

const kinds = (es: SshAuthEvent[]) => es.map((e) => e.kind);

describe('sshd lines in auth logs and the journal', () => {
  it('reads syslog lines with a padded day and infers the year from the capture time', () => {
    const es = events('auth.log.en.ubuntu2204-invalid-user-no-failed-password-redacted.txt', '2023-03-08T12:00:00Z');
    expect(kinds(es)).toEqual(['invalid-user', 'invalid-user', 'preauth-close', 'preauth-close', 'preauth-close']);
    expect(es[0]).toEqual({ at: '2023-03-08T02:44:59.000Z', pid: 258838, kind: 'invalid-user', count: 1, user: 'testing', address: '<sourceIP>' });
  });

  it('reads journalctl short lines, and survives a line the pager cut', () => {
    const es = events('journal-sshd.en.arch-failed-password-invalid-user.txt', '2022-01-10T08:00:00Z');
    expect(es.map((e) => [e.kind, e.user, e.address])).toEqual([
      ['failed-password', 'lko', '27.150.20.230'],
      ['preauth-close', 'lko', '27.150.20.230'],
    ]);
  });

  it('reads "Disconnected from authenticating user"', () => {
    const es = events('journal-sshd.en.arch-openssh88-disconnected-authenticating-user.txt', '2022-01-11T00:00:00Z');
    expect(es.at(-1)).toMatchObject({ kind: 'preauth-close', user: 'root', address: '81.68.238.7', pid: 218641 });
  });

  it('reads rsyslog repeats, PAM counts and host names, old messages without a port', () => {
    const es = events('auth.log.en.loghub-labsz-openssh-2k-first-33-lines-partial.txt', '2016-12-11T00:00:00Z');
    expect(es.find((e) => e.count === 5 && e.kind === 'failed-password')).toMatchObject({ user: 'root', address: '5.36.59.76', pid: 24227 });
    expect(es.find((e) => e.count === 5 && e.kind === 'pam-failure')).toMatchObject({ address: '5.36.59.76.dynamic-dsl-ip.omantel.net.om', user: 'root' });
    expect(es.find((e) => e.kind === 'too-many')).toMatchObject({ user: 'root', address: null });
    expect(es.find((e) => e.kind === 'invalid-user')).toMatchObject({ user: 'webmaster', address: '173.234.31.186' });
    expect(es.filter((e) => e.kind === 'failed-password')).toHaveLength(6);
  });

  it('reads PAM failures in /var/log/secure pasted with a prompt and a stray line', () => {
    const es = events('secure.en.centos7-pam-failures-only-with-prompt-partial.txt', '2021-12-23T12:00:00Z');
    expect(es.map((e) => [e.kind, e.pid, e.address])).toEqual([
      ['pam-failure', 3619, '10.0.2.2'],
      ['pam-failure', 3626, '10.0.2.2'],
      ['pam-failure', 2173, '10.0.2.2'],
    ]);
  });

  it('reads journal short-iso (+0000) and the accepted password login', () => {
    const es = events('journal-sshd.en.debian12-short-iso-failed-then-accepted.txt', '2026-11-25T22:30:00Z');
    expect(es.at(-1)).toEqual({ at: '2026-11-25T22:23:05.000Z', pid: 12300, kind: 'accepted-password', count: 1, user: 'alice', address: '127.0.0.1' });
    expect(kinds(es).filter((k) => k === 'failed-password')).toHaveLength(4);
  });

  it('reads RFC 3339 stamps with microseconds and a +09:00 zone', () => {
    const r = parseAuthLog(fixture('auth-log.en.debian12-rsyslog-rfc3339-jst-failed-then-accepted.txt'), new Date('2026-11-25T22:30:00Z'));
    expect(r.ok && r.value.files).toEqual([{ path: '/var/log/auth.log', cut: false }]);
    expect(r.ok && r.value.firstLineAt).toBe('2026-11-25T22:23:23.426Z');
    expect(r.ok && r.value.events.find((e) => e.kind === 'accepted-password')?.at).toBe('2026-11-25T22:23:38.297Z');
  });

  it('reads traditional local-time stamps in the zone the header gives, across a rotated file', () => {
    const r = parseAuthLog(fixture('auth-log.en.debian12-rsyslog-traditional-jst-rotated.txt'), new Date('2026-11-25T22:30:00Z'));
    expect(r.ok && r.value.files.map((f) => f.path)).toEqual(['/var/log/auth.log.1', '/var/log/auth.log']);
    // "Nov 26 07:23:56" in Tokyo is 22:23:56 UTC the day before.
    expect(r.ok && r.value.firstLineAt).toBe('2026-11-25T22:23:56.000Z');
    expect(r.ok && r.value.events.filter((e) => e.kind === 'accepted-password')).toHaveLength(2);
  });

  it('puts December in the old year and January in the new one when captured just after New Year', () => {
    const r = parseAuthLog(fixture('auth-log.en.debian12-rsyslog-traditional-jst-new-year-faketime.txt'), new Date('2026-01-01T00:05:00+09:00'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.events[0]!.at).toBe('2025-12-31T14:59:56.000Z');
    expect(r.value.events.at(-1)!.at).toBe('2025-12-31T15:00:07.000Z');
    expect(r.value.lastLineAt).toBe('2025-12-31T15:00:08.000Z');
  });

  it('walks years back through a log that runs longer than the months since New Year', () => {
    // The loghub excerpt (December) captured in the following March: still last December, not a future one.
    const es = events('auth.log.en.loghub-labsz-openssh-2k-first-33-lines-partial.txt', '2017-03-01T00:00:00Z');
    expect(es[0]!.at).toBe('2016-12-10T06:55:46.000Z');
  });

  it('drops the first line of a file whose start was cut', () => {
    const text = fixture('auth-log.en.debian12-rsyslog-rfc3339-jst-failed-then-accepted.txt').replace('(UTC+09:00)', '(last 3000 of 9000 bytes; UTC+09:00)');
    const r = parseAuthLog(text, new Date('2026-11-25T22:30:00Z'));
    expect(r.ok && r.value.files[0]).toEqual({ path: '/var/log/auth.log', cut: true });
    expect(r.ok && r.value.firstLineAt).toBe('2026-11-25T22:23:24.578Z');
  });

  it('takes "-- No entries --" as no sshd lines at all', () => {
    const r = parseAuthLog(fixture('journal-sshd.en.debian12-no-journal-files.txt'), new Date('2026-11-25T22:30:00Z'));
    expect(r).toEqual({ ok: true, value: { events: [], firstLineAt: null, lastLineAt: null, files: [] } });
  });

  it('does not take empty output, foreign text, an error message or only headers as a log', () => {
    const at = new Date('2026-11-25T22:30:00Z');
    expect(parseAuthLog('', at)).toMatchObject({ ok: false });
    expect(parseAuthLog(fixture('sshd-T.en.debian12-default.txt'), at)).toMatchObject({ ok: false });
    expect(parseAuthLog(fixture('journal-sshd.en.debian12-nonroot-hint.stderr.txt'), at)).toMatchObject({ ok: false });
    expect(parseAuthLog('==> /var/log/auth.log (UTC+09:00) <==\n', at)).toMatchObject({ ok: false });
    expect(parseAuthLog('==> /var/log/auth.log (not read: EACCES) <==\n', at)).toMatchObject({ ok: false, reason: 'the log files could not be read' });
  });
});
