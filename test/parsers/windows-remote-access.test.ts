import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegQuery, parseRemoteAccessSection, rdpFromRegQuery } from '../../electron/parsers/windows-remote-access';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8');
const SECTION = JSON.parse(fixture('section-remote-access.en.rdp-on-smb1-off-assembled.json')) as Record<string, unknown>;

function rdp(text: string) {
  const keys = parseRegQuery(text);
  if (!keys.ok) throw new Error(keys.reason);
  return rdpFromRegQuery(keys.value);
}

describe('reg query output typed by a caller', () => {
  it('reads fDenyTSConnections 0x0 (Remote Desktop allowed)', () => {
    const keys = parseRegQuery(fixture('reg-query-fdenytsconnections.en.rdp-allowed.txt'));
    expect(keys).toEqual({
      ok: true,
      value: [{ path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server', values: [{ name: 'fDenyTSConnections', type: 'REG_DWORD', data: '0x0' }] }],
    });
    expect(rdp(fixture('reg-query-fdenytsconnections.en.rdp-allowed.txt'))).toEqual({ ok: true, value: { denyConnections: 0, userAuthentication: null, port: null } });
  });

  it('reads two queries pasted with their prompts, and a cmd prompt with a zh-CN path', () => {
    expect(rdp(fixture('reg-query-rdp.en.fdeny-0x0-port-0xd3d-evilwinrm-session.txt'))).toEqual({ ok: true, value: { denyConnections: 0, userAuthentication: null, port: 3389 } });
    expect(rdp(fixture('reg-query-rdp-port.zh.cmd-prompt-0xd3d.txt'))).toEqual({ ok: true, value: { denyConnections: null, userAuthentication: null, port: 3389 } });
  });

  it('refuses a value line cut in half, other output, and output without the Remote Desktop values', () => {
    const text = fixture('reg-query-rdp.en.fdeny-0x0-port-0xd3d-evilwinrm-session.txt');
    expect(parseRegQuery(text.slice(0, text.indexOf('REG_DWORD') + 5))).toMatchObject({ ok: false, reason: expect.stringContaining('neither a key nor a value') });
    expect(parseRegQuery(fixture('netstat-ano.en.win11-22000-listening.txt'))).toMatchObject({ ok: false });
    expect(parseRegQuery('')).toMatchObject({ ok: false });
    const keys = parseRegQuery('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\n');
    expect(keys.ok && rdpFromRegQuery(keys.value)).toMatchObject({ ok: false });
  });
});

describe('remoteAccess section of the inventory', () => {
  it('reads the assembled section', () => {
    expect(parseRemoteAccessSection(SECTION)).toEqual({
      ok: true,
      value: { denyConnections: 0, userAuthentication: null, port: 3389, policyDenyConnections: null, policyUserAuthentication: null, smb1Protocol: false, smbError: null, smb1Registry: null },
    });
  });

  it('holds the values of the real captures it was assembled from', () => {
    const real = rdp(fixture('reg-query-rdp.en.fdeny-0x0-port-0xd3d-evilwinrm-session.txt'));
    expect(real.ok && [real.value.denyConnections, real.value.port]).toEqual([SECTION.fDenyTSConnections, SECTION.PortNumber]);
    const smb = /^EnableSMB1Protocol +: (True|False)$/m.exec(fixture('get-smbserverconfiguration.en.win11-smb1-false-pasted.txt'))?.[1];
    expect(smb === 'True').toBe(SECTION.EnableSMB1Protocol);
  });

  it('refuses a section with a property missing or of the wrong type', () => {
    const { SMB1: _dropped, ...withoutSmb1 } = SECTION;
    expect(parseRemoteAccessSection(withoutSmb1)).toMatchObject({ ok: false, reason: expect.stringContaining('SMB1') });
    expect(parseRemoteAccessSection({ ...SECTION, fDenyTSConnections: '0' })).toMatchObject({ ok: false });
    expect(parseRemoteAccessSection(null)).toMatchObject({ ok: false });
  });
});
