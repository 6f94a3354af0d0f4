import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxAuthLogFact } from '../../electron/facts/auth-log-linux';
import type { AuthLogFacts } from '../../electron/shared/facts';
import type { RawOutput } from '../../electron/shared/types';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

type Spec = { stdout?: string; stderr?: string; exitCode?: number } | { error: 'not-found' | 'permission' } | 'missing';

function raw(id: string, spec: Spec): RawOutput | undefined {
  if (spec === 'missing') return undefined;
  if ('error' in spec) return { probeId: id, format: 'text', stdout: '', stderr: '', exitCode: null, durationMs: 2, error: { kind: spec.error, message: `/var/log/auth.log: ${spec.error === 'permission' ? 'EACCES' : 'ENOENT'}` } };
  return { probeId: id, format: 'text', stdout: spec.stdout ?? '', stderr: spec.stderr ?? '', exitCode: spec.exitCode ?? 0, durationMs: 30 };
}

function derive(journal: Spec, file: Spec, capturedAt: string | null) {
  const raws = new Map([
    ['linux.journal-sshd', raw('linux.journal-sshd', journal)],
    ['linux.auth-log', raw('linux.auth-log', file)],
  ]);
  return linuxAuthLogFact.derive({ get: (id) => raws.get(id) }, { platform: 'linux', capturedAt: capturedAt ? new Date(capturedAt) : null });
}

function value(r: ReturnType<typeof derive>): AuthLogFacts {
  if (!r.ok) throw new Error(r.reason.text.en);
  return r.value as AuthLogFacts;
}

const NO_JOURNAL: Spec = { stdout: fixture('journal-sshd.en.debian12-no-journal-files.txt'), stderr: fixture('journal-sshd.en.debian12-no-journal-files.stderr.txt') };
const NON_ROOT_JOURNAL: Spec = { stdout: '', stderr: fixture('journal-sshd.en.debian12-nonroot-hint.stderr.txt'), exitCode: 1 };

describe('linux authLog fact', () => {
  it('counts attempts per connection from the journal and finds the password login after failures', () => {
    const v = value(derive({ stdout: fixture('journal-sshd.en.debian12-short-iso-failed-then-accepted.txt') }, 'missing', '2026-11-25T22:30:00Z'));
    expect(v).toEqual({
      from: '2026-11-18T22:30:00.000Z',
      to: '2026-11-25T22:30:00.000Z',
      failed: 4,
      sources: [{ address: '127.0.0.1', count: 4 }],
      acceptedAfterFailures: [{ address: '127.0.0.1', user: 'alice', at: '2026-11-25T22:23:05.000Z' }],
      source: 'journal',
    });
  });

  it('counts one attempt per connection however many lines it logged, and repeats as attempts', () => {
    // loghub: 4 connections with one failure each, then one with 6 (a failure + "message repeated 5 times").
    const v = value(derive(NO_JOURNAL, { stdout: fixture('auth.log.en.loghub-labsz-openssh-2k-first-33-lines-partial.txt') }, '2016-12-11T00:00:00Z'));
    expect(v.failed).toBe(10);
    expect(v.sources).toEqual([
      { address: '5.36.59.76', count: 6 },
      { address: '173.234.31.186', count: 2 },
      { address: '202.100.179.208', count: 1 },
      { address: '52.80.34.196', count: 1 },
    ]);
    expect(v.acceptedAfterFailures).toEqual([]);
  });

  it('counts invalid users turned away before any password, and PAM-only failures', () => {
    expect(value(derive(NO_JOURNAL, { stdout: fixture('auth.log.en.ubuntu2204-invalid-user-no-failed-password-redacted.txt') }, '2023-03-09T00:00:00Z')).failed).toBe(3);
    const secure = value(derive(NO_JOURNAL, { stdout: fixture('secure.en.centos7-pam-failures-only-with-prompt-partial.txt') }, '2021-12-24T00:00:00Z'));
    expect(secure.sources).toEqual([{ address: '10.0.2.2', count: 3 }]);
  });

  it('falls back to the log file when the journal is only partly visible (not root)', () => {
    const v = value(derive(NON_ROOT_JOURNAL, { stdout: fixture('auth-log.en.debian12-rsyslog-rfc3339-jst-failed-then-accepted.txt') }, '2026-11-25T22:30:00Z'));
    expect(v.source).toBe('/var/log/auth.log');
    expect(v.failed).toBe(4);
    // The file starts inside the window, so the period examined starts with it.
    expect(v.from).toBe('2026-11-25T22:23:23.426Z');
  });

  it('is unknown, never "no failures", when the journal is partial and the file unreadable', () => {
    const r = derive(NON_ROOT_JOURNAL, { error: 'permission' }, '2026-11-25T22:30:00Z');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.kind).toBe('permission');
    expect(!r.ok && r.reason.text.en).toMatch(/administrator rights.*EACCES/);
  });

  it('is unknown when there is neither a journal nor a log file', () => {
    const r = derive(NO_JOURNAL, { error: 'not-found' }, '2026-11-25T22:30:00Z');
    expect(!r.ok && r.reason.kind).toBe('not-found');
    expect(!r.ok && r.reason.text.en).toMatch(/no journal/);
  });

  it('is unknown without a capture time, since the seven days cannot be placed', () => {
    const r = derive({ stdout: fixture('journal-sshd.en.debian12-short-iso-failed-then-accepted.txt') }, 'missing', null);
    expect(!r.ok && r.reason.kind).toBe('no-capture-time');
  });

  it('infers the year across New Year from the capture time', () => {
    const v = value(derive(NO_JOURNAL, { stdout: fixture('auth-log.en.debian12-rsyslog-traditional-jst-new-year-faketime.txt') }, '2026-01-01T00:05:00+09:00'));
    expect(v.failed).toBe(4);
    expect(v.acceptedAfterFailures).toEqual([{ address: '127.0.0.1', user: 'alice', at: '2025-12-31T15:00:07.000Z' }]);
  });

  it('leaves out what happened more than seven days before the capture time', () => {
    // Captured seven days after 23:59:59 on New Year's Eve: the first connection (invalid user admin) falls out.
    const v = value(derive(NO_JOURNAL, { stdout: fixture('auth-log.en.debian12-rsyslog-traditional-jst-new-year-faketime.txt') }, '2026-01-07T23:59:59+09:00'));
    expect(v.from).toBe('2025-12-31T14:59:59.000Z');
    expect(v.failed).toBe(3);
    expect(v.acceptedAfterFailures).toHaveLength(1);
  });

  it('ignores attempts logged after the capture time (a replay of an older folder)', () => {
    const v = value(derive({ stdout: fixture('journal-sshd.en.debian12-short-iso-failed-then-accepted.txt') }, 'missing', '2026-11-25T22:23:00Z'));
    expect(v.failed).toBe(2);
    expect(v.acceptedAfterFailures).toEqual([]);
  });

  it('is unknown when the log file stops before the period examined (nothing writes it any more)', () => {
    const r = derive(NO_JOURNAL, { stdout: fixture('auth.log.en.ubuntu2204-invalid-user-no-failed-password-redacted.txt') }, '2023-04-20T00:00:00Z');
    expect(!r.ok && r.reason.text.en).toMatch(/ends on 2023-03-08/);
  });

  it('is unknown when journalctl printed nothing at all', () => {
    const r = derive({ stdout: '' }, { error: 'not-found' }, '2026-11-25T22:30:00Z');
    expect(!r.ok && r.reason.kind).toBe('not-found');
    expect(!r.ok && r.reason.text.en).toMatch(/output not understood \(empty output\)/);
  });
});
