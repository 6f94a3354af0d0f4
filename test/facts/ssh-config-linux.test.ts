import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxSshConfigFact } from '../../electron/facts/ssh-config-linux';
import type { RawOutput } from '../../electron/shared/types';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

type Spec = { stdout?: string; stderr?: string; exitCode?: number } | 'not-found' | 'missing';

function raw(id: string, spec: Spec): RawOutput | undefined {
  if (spec === 'missing') return undefined;
  if (spec === 'not-found') return { probeId: id, format: 'text', stdout: '', stderr: '', exitCode: null, durationMs: 2, error: { kind: 'not-found', message: 'spawn /usr/sbin/sshd ENOENT' } };
  return { probeId: id, format: 'text', stdout: spec.stdout ?? '', stderr: spec.stderr ?? '', exitCode: spec.exitCode ?? 0, durationMs: 20 };
}

function derive(effective: Spec, files: Spec) {
  const raws = new Map([
    ['linux.sshd-effective', raw('linux.sshd-effective', effective)],
    ['linux.sshd-config', raw('linux.sshd-config', files)],
  ]);
  return linuxSshConfigFact.derive({ get: (id) => raws.get(id) }, { platform: 'linux', capturedAt: new Date('2026-11-25T22:30:00Z') });
}

describe('linux sshConfig fact', () => {
  it('prefers sshd -T', () => {
    const r = derive({ stdout: fixture('sshd-T.en.debian12-default.txt') }, { stdout: fixture('sshd-config.en.debian12-default.txt') });
    expect(r).toEqual({
      ok: true,
      value: { passwordAuthentication: true, permitRootLogin: 'without-password', ports: [22], source: 'sshd -T' },
      probes: ['linux.sshd-effective', 'linux.sshd-config'],
    });
  });

  it('adds a Match block from the files that sshd -T cannot show', () => {
    const r = derive({ stdout: fixture('sshd-T.en.debian12-dropin-no-passwords-match-block-yes.txt') }, { stdout: fixture('sshd-config.en.debian12-dropin-no-passwords-match-block-yes.txt') });
    expect(r.ok && r.value).toMatchObject({ passwordAuthentication: true, source: 'sshd -T' });
  });

  it('keeps "passwords off" from sshd -T when the files have no such Match block', () => {
    const noMatch = fixture('sshd-config.en.debian12-dropin-no-passwords-match-block-yes.txt').replace(/^Match[\s\S]*?(?===>)/m, '');
    const r = derive({ stdout: fixture('sshd-T.en.debian12-dropin-no-passwords-match-block-yes.txt') }, { stdout: noMatch });
    expect(r.ok && r.value.passwordAuthentication).toBe(false);
  });

  it('falls back to the files when sshd -T cannot run (no /run/sshd)', () => {
    const r = derive(
      { stderr: fixture('sshd-T.en.debian12-missing-run-sshd.stderr.txt'), exitCode: 255 },
      { stdout: fixture('sshd-config.en.debian12-cloudinit-dropin-yes-permitrootlogin-yes.txt') },
    );
    expect(r.ok && r.value).toEqual({ passwordAuthentication: true, permitRootLogin: 'yes', ports: [22], source: 'sshd_config' });
  });

  it('passes on "cannot tell" when neither -T nor an unreadable drop-in allow an answer (not root)', () => {
    const r = derive(
      { stderr: fixture('sshd-T.en.debian12-nonroot-unreadable-dropin.stderr.txt'), exitCode: 1 },
      { stdout: fixture('sshd-config.en.debian12-nonroot-dropin-not-read.txt') },
    );
    expect(r.ok && r.value).toMatchObject({ passwordAuthentication: null, permitRootLogin: null, source: 'sshd_config' });
  });

  it('says "no OpenSSH server" when sshd is not installed', () => {
    const r = derive('not-found', { stdout: fixture('sshd-config.en.debian12-default.txt') });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.kind).toBe('not-found');
    expect(!r.ok && r.reason.text.en).toMatch(/No OpenSSH server/);
  });

  it('is unknown with both reasons when neither source can be read', () => {
    const r = derive({ stderr: fixture('sshd-T.en.debian12-nonroot-no-hostkeys.stderr.txt'), exitCode: 1 }, 'missing');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.kind).toBe('missing');
    expect(!r.ok && r.reason.text.en).toMatch(/no hostkeys available.*linux\.sshd-config/);
  });

  it('is unknown when the files are garbage and -T failed', () => {
    const r = derive({ stderr: fixture('sshd-T.en.debian12-nonroot-no-hostkeys.stderr.txt'), exitCode: 1 }, { stdout: fixture('secure.en.centos7-pam-failures-only-with-prompt-partial.txt') });
    expect(!r.ok && r.reason.kind).toBe('parse');
  });
});
