import type { RemoteAccessFacts, SettingDetail } from '../shared/facts';
import type { LocalizedText } from '../shared/types';
import { parseRegQuery, parseRemoteAccessSection, rdpFromRegQuery, type WindowsRemoteAccess } from '../parsers/windows-remote-access';
import { defineFactSource } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const REG = 'windows.reg-rdp';
const PROBES = [INVENTORY, REG] as const;

type Rdp = Pick<WindowsRemoteAccess, 'denyConnections' | 'userAuthentication' | 'port'> & Partial<WindowsRemoteAccess>;

const GROUP_POLICY: LocalizedText = { en: 'Group Policy', ja: 'グループ ポリシー' };

/** Group Policy wins over the local value when it is set. */
function effective(policy: number | null | undefined, local: number | null): { value: number | null; source: LocalizedText | null } {
  if (policy !== null && policy !== undefined) return { value: policy, source: GROUP_POLICY };
  return { value: local, source: null };
}

/** Registry names and values stay as written in both languages, so the user can find them in regedit. */
function registryValue(name: string, read: { value: number | null; source: LocalizedText | null }): LocalizedText {
  if (read.value === null) return { en: `${name} not set`, ja: `${name} は未設定` };
  const shown = `${name} = ${read.value}`;
  return read.source ? { en: `${shown} (${read.source.en})`, ja: `${shown} (${read.source.ja})` } : { en: shown, ja: shown };
}

/** The section script writes exactly "access denied" when the cmdlet needs administrator rights. */
const ACCESS_DENIED = 'access denied';

function smb1(v: Rdp): { enabled: boolean | null; detail: SettingDetail } {
  if (v.smb1Protocol !== null && v.smb1Protocol !== undefined) {
    const shown = `Get-SmbServerConfiguration EnableSMB1Protocol = ${v.smb1Protocol ? 'True' : 'False'}`;
    return { enabled: v.smb1Protocol, detail: { setting: 'smb1', text: { en: shown, ja: shown } } };
  }
  // SMB1 = 0 switches the SMB 1.0 server off; 1 or no value says nothing on Windows 10 and later, where the feature itself may be removed.
  if (v.smb1Registry === 0) return { enabled: false, detail: { setting: 'smb1', text: { en: 'LanmanServer\\Parameters SMB1 = 0', ja: 'LanmanServer\\Parameters SMB1 = 0' } } };
  const accessDenied = v.smbError === ACCESS_DENIED;
  const why: LocalizedText = accessDenied
    ? { en: 'Get-SmbServerConfiguration: access denied', ja: 'Get-SmbServerConfiguration: アクセスが拒否されました' }
    : v.smbError
      ? { en: `Get-SmbServerConfiguration: ${v.smbError}`, ja: `Get-SmbServerConfiguration: ${v.smbError}` }
      : { en: 'Get-SmbServerConfiguration: not read', ja: 'Get-SmbServerConfiguration: 読み取れませんでした' };
  const registry = registryValue('LanmanServer\\Parameters SMB1', { value: v.smb1Registry ?? null, source: null });
  const text = { en: `${why.en}; ${registry.en}`, ja: `${why.ja}、${registry.ja}` };
  return { enabled: null, detail: accessDenied ? { setting: 'smb1', text, accessDenied } : { setting: 'smb1', text } };
}

const SMB_NOT_TYPED: SettingDetail = {
  setting: 'smb1',
  text: { en: 'SMB 1.0: not in the typed registry output', ja: 'SMB 1.0: 入力されたレジストリの出力には含まれていません' },
};

function toFacts(v: Rdp, smbRead: boolean): RemoteAccessFacts {
  const deny = effective(v.policyDenyConnections, v.denyConnections);
  const nla = effective(v.policyUserAuthentication, v.userAuthentication);
  const detail: SettingDetail[] = [
    { setting: 'rdp', text: registryValue('fDenyTSConnections', deny) },
    { setting: 'rdpNla', text: registryValue('UserAuthentication', nla) },
  ];
  if (v.port !== null) detail.push({ setting: 'rdp', text: registryValue('PortNumber', { value: v.port, source: null }) });
  const smb = smbRead ? smb1(v) : { enabled: null, detail: SMB_NOT_TYPED };
  detail.push(smb.detail);
  return {
    rdpEnabled: deny.value === null ? null : deny.value === 0,
    rdpNla: nla.value === null ? null : nla.value === 1,
    smb1Enabled: smb.enabled,
    remoteLogin: null,
    screenSharing: null,
    detail,
  };
}

/** Remote Desktop and SMB 1.0 from the inventory; a helpdesk folder may hold the typed `reg query` instead. */
export const windowsRemoteAccessFact = defineFactSource({
  fact: 'remoteAccess',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const section = inventorySection(raws, 'remoteAccess', parseRemoteAccessSection);
    if (section.ok) return knownFact([INVENTORY], toFacts(section.value, true));
    if (!section.absent) return unknownFact([INVENTORY], section.reason);
    const raw = raws.get(REG);
    const problem = probeProblem(REG, raw);
    if (problem) return unknownFact(PROBES, problem.kind === 'missing' ? section.reason : problem);
    const keys = parseRegQuery(raw!.stdout);
    const rdp = keys.ok ? rdpFromRegQuery(keys.value) : keys;
    if (!rdp.ok) return unknownFact([REG], parseProblem(REG, rdp.reason));
    return knownFact([REG], toFacts(rdp.value, false));
  },
});
