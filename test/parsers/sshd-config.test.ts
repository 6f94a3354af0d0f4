import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSshdConfigFiles, parseSshdEffective } from '../../electron/parsers/sshd-config';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/linux', name), 'utf8');

describe('sshd -T', () => {
  it('reads the Debian 12 default: passwords on by default, root by key only', () => {
    expect(parseSshdEffective(fixture('sshd-T.en.debian12-default.txt'))).toEqual({
      ok: true,
      value: { passwordLogins: true, passwordLoginsForMatch: [], permitRootLogin: 'without-password', ports: [22] },
    });
  });

  it('reads PermitRootLogin yes with passwords from a cloud-init drop-in', () => {
    const r = parseSshdEffective(fixture('sshd-T.en.debian12-cloudinit-dropin-yes-permitrootlogin-yes.txt'));
    expect(r.ok && [r.value.passwordLogins, r.value.permitRootLogin]).toEqual([true, 'yes']);
  });

  it('shows only the global value, so a Match block that allows passwords is not seen here', () => {
    const r = parseSshdEffective(fixture('sshd-T.en.debian12-dropin-no-passwords-match-block-yes.txt'));
    expect(r.ok && r.value.passwordLogins).toBe(false);
  });

  it('counts keyboard-interactive through PAM as password login, and reads the port', () => {
    const r = parseSshdEffective(fixture('sshd-T.en.debian12-port2222-kbdinteractive-pam.txt'));
    expect(r.ok && r.value).toMatchObject({ passwordLogins: true, ports: [2222] });
  });

  it('does not take an error message, garbage or a cut output as a configuration', () => {
    expect(parseSshdEffective(fixture('sshd-T.en.debian12-missing-run-sshd.stderr.txt'))).toMatchObject({ ok: false });
    expect(parseSshdEffective(fixture('auth.log.en.loghub-labsz-openssh-2k-first-33-lines-partial.txt'))).toMatchObject({ ok: false });
    const cut = fixture('sshd-T.en.debian12-default.txt').split('\n').slice(0, 20).join('\n');
    const r = parseSshdEffective(cut);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/passwordauthentication/);
    expect(parseSshdEffective('')).toMatchObject({ ok: false });
  });
});

describe('sshd_config files', () => {
  it('applies the default (PasswordAuthentication yes) when the Debian file leaves it unset', () => {
    expect(parseSshdConfigFiles(fixture('sshd-config.en.debian12-default.txt'))).toEqual({
      ok: true,
      value: { passwordLogins: true, passwordLoginsForMatch: [], permitRootLogin: 'prohibit-password', ports: [22] },
    });
  });

  it('keeps the first value: the included drop-in wins over a later line of the main file', () => {
    const r = parseSshdConfigFiles(fixture('sshd-config.en.debian12-cloudinit-dropin-yes-permitrootlogin-yes.txt'));
    expect(r.ok && [r.value.passwordLogins, r.value.permitRootLogin]).toEqual([true, 'yes']);
  });

  it('reports a Match block that turns passwords on although the global setting is off', () => {
    const r = parseSshdConfigFiles(fixture('sshd-config.en.debian12-dropin-no-passwords-match-block-yes.txt'));
    expect(r.ok && r.value).toMatchObject({ passwordLogins: true, passwordLoginsForMatch: ['Address 192.168.0.0/16'] });
  });

  it('agrees with sshd -T on keyboard-interactive through PAM and the port', () => {
    const r = parseSshdConfigFiles(fixture('sshd-config.en.debian12-port2222-kbdinteractive-pam.txt'));
    expect(r.ok && r.value).toMatchObject({ passwordLogins: true, ports: [2222] });
  });

  it('says "cannot tell" for values an unreadable included file may set first', () => {
    const r = parseSshdConfigFiles(fixture('sshd-config.en.debian12-nonroot-dropin-not-read.txt'));
    expect(r.ok && r.value).toMatchObject({ passwordLogins: null, permitRootLogin: null, ports: [22] });
  });

  it('knows a value that was set before the unreadable file', () => {
    const text = fixture('sshd-config.en.debian12-nonroot-dropin-not-read.txt').replace(
      'Include /etc/ssh/sshd_config.d/*.conf',
      'PermitRootLogin no\nInclude /etc/ssh/sshd_config.d/*.conf',
    );
    const r = parseSshdConfigFiles(text);
    expect(r.ok && r.value.permitRootLogin).toBe('no');
  });

  it('does not take empty output, foreign text or a line cut in half as a configuration', () => {
    expect(parseSshdConfigFiles('')).toMatchObject({ ok: false });
    expect(parseSshdConfigFiles(fixture('journal-sshd.en.arch-failed-password-invalid-user.txt'))).toMatchObject({ ok: false });
    const cut = fixture('sshd-config.en.debian12-port2222-kbdinteractive-pam.txt').replace('KbdInteractiveAuthentication yes', 'KbdInteractiveAuthentication');
    expect(parseSshdConfigFiles(cut)).toMatchObject({ ok: false });
  });
});
