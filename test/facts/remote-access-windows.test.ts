import { describe, expect, it } from 'vitest';
import { windowsRemoteAccessFact } from '../../electron/facts/remote-access-windows';
import type { RemoteAccessFacts } from '../../electron/shared/facts';
import { inventory, rawSet, sectionFixture, text, windowsFixture } from './windows-activity-raws';

const SECTION = sectionFixture('section-remote-access.en.rdp-on-smb1-off-assembled.json') as Record<string, unknown>;
const ctx = { platform: 'win32' as const, capturedAt: new Date('2026-11-20T00:00:00Z') };

function derive(value: Record<string, unknown>) {
  return windowsRemoteAccessFact.derive(rawSet(inventory({ remoteAccess: { ok: true, value } })), ctx);
}

function facts(r: ReturnType<typeof derive>): RemoteAccessFacts {
  if (!r.ok) throw new Error(r.reason.text.en);
  return r.value as RemoteAccessFacts;
}

describe('windows remoteAccess fact', () => {
  it('reads Remote Desktop on, NLA not set, SMB 1.0 off from the section', () => {
    expect(facts(derive(SECTION))).toEqual({
      rdpEnabled: true,
      rdpNla: null,
      smb1Enabled: false,
      remoteLogin: null,
      screenSharing: null,
      detail: [
        { setting: 'rdp', text: { en: 'fDenyTSConnections = 0', ja: 'fDenyTSConnections = 0' } },
        { setting: 'rdpNla', text: { en: 'UserAuthentication not set', ja: 'UserAuthentication は未設定' } },
        { setting: 'rdp', text: { en: 'PortNumber = 3389', ja: 'PortNumber = 3389' } },
        { setting: 'smb1', text: { en: 'Get-SmbServerConfiguration EnableSMB1Protocol = False', ja: 'Get-SmbServerConfiguration EnableSMB1Protocol = False' } },
      ],
    });
  });

  it('lets Group Policy win over the local values', () => {
    const v = facts(derive({ ...SECTION, UserAuthentication: 1, PolicyDenyTSConnections: 1, PolicyUserAuthentication: 0 }));
    expect(v).toMatchObject({ rdpEnabled: false, rdpNla: false });
    expect(v.detail[0]).toEqual({ setting: 'rdp', text: { en: 'fDenyTSConnections = 1 (Group Policy)', ja: 'fDenyTSConnections = 1 (グループ ポリシー)' } });
  });

  it('without administrator rights takes SMB1 = 0 as off, and anything else as not known', () => {
    const denied = { ...SECTION, EnableSMB1Protocol: null, SmbConfigError: 'access denied' };
    expect(facts(derive({ ...denied, SMB1: 0 }))).toMatchObject({ smb1Enabled: false });
    const unknown = facts(derive(denied));
    expect(unknown.smb1Enabled).toBeNull();
    expect(unknown.detail.at(-1)).toEqual({
      setting: 'smb1',
      text: { en: 'Get-SmbServerConfiguration: access denied; LanmanServer\\Parameters SMB1 not set', ja: 'Get-SmbServerConfiguration: アクセスが拒否されました、LanmanServer\\Parameters SMB1 は未設定' },
      accessDenied: true,
    });
    expect(facts(derive({ ...denied, SMB1: 1 })).smb1Enabled).toBeNull();
  });

  it('falls back to the reg query a caller typed when there is no inventory', () => {
    const r = windowsRemoteAccessFact.derive(rawSet(text('windows.reg-rdp', windowsFixture('reg-query-rdp.en.fdeny-0x0-port-0xd3d-evilwinrm-session.txt'))), ctx);
    expect(r.probes).toEqual(['windows.reg-rdp']);
    expect(facts(r)).toMatchObject({ rdpEnabled: true, rdpNla: null, smb1Enabled: null });
  });

  it('is unknown when the section failed or nothing is there; the inventory, when there, is not second-guessed', () => {
    const failed = windowsRemoteAccessFact.derive(rawSet(inventory({ remoteAccess: { ok: false, error: 'Requested registry access is not allowed.' } }), text('windows.reg-rdp', windowsFixture('reg-query-fdenytsconnections.en.rdp-allowed.txt'))), ctx);
    expect(failed).toMatchObject({ ok: false, probes: ['windows.inventory'] });
    expect(windowsRemoteAccessFact.derive(rawSet(), ctx)).toMatchObject({ ok: false, reason: { kind: 'missing' } });
    const garbage = windowsRemoteAccessFact.derive(rawSet(text('windows.reg-rdp', windowsFixture('netstat-ano.en.win11-22000-listening.txt'))), ctx);
    expect(garbage).toMatchObject({ ok: false, reason: { kind: 'parse' } });
  });
});
