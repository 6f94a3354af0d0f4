import type { RemoteAccessFacts } from '../shared/facts';
import { parseRegQuery, parseRemoteAccessSection, rdpFromRegQuery, type WindowsRemoteAccess } from '../parsers/windows-remote-access';
import { defineFactSource } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const REG = 'windows.reg-rdp';
const PROBES = [INVENTORY, REG] as const;

type Rdp = Pick<WindowsRemoteAccess, 'denyConnections' | 'userAuthentication' | 'port'> & Partial<WindowsRemoteAccess>;

/** Group Policy wins over the local value when it is set. */
function effective(policy: number | null | undefined, local: number | null): { value: number | null; detail: string | null } {
  if (policy !== null && policy !== undefined) return { value: policy, detail: 'Group Policy' };
  return { value: local, detail: null };
}

function smb1(v: Rdp): { enabled: boolean | null; detail: string } {
  if (v.smb1Protocol !== null && v.smb1Protocol !== undefined) return { enabled: v.smb1Protocol, detail: `Get-SmbServerConfiguration EnableSMB1Protocol = ${v.smb1Protocol ? 'True' : 'False'}` };
  // SMB1 = 0 switches the SMB 1.0 server off; 1 or no value says nothing on Windows 10 and later, where the feature itself may be removed.
  if (v.smb1Registry === 0) return { enabled: false, detail: 'LanmanServer\\Parameters SMB1 = 0' };
  const why = v.smbError ? `Get-SmbServerConfiguration: ${v.smbError}` : 'Get-SmbServerConfiguration: not read';
  const registry = v.smb1Registry === null || v.smb1Registry === undefined ? 'LanmanServer\\Parameters SMB1 not set' : `LanmanServer\\Parameters SMB1 = ${v.smb1Registry}`;
  return { enabled: null, detail: `${why}; ${registry}` };
}

function toFacts(v: Rdp, smbRead: boolean): RemoteAccessFacts {
  const deny = effective(v.policyDenyConnections, v.denyConnections);
  const nla = effective(v.policyUserAuthentication, v.userAuthentication);
  const detail = [
    deny.value === null ? 'fDenyTSConnections not set' : `fDenyTSConnections = ${deny.value}${deny.detail ? ` (${deny.detail})` : ''}`,
    nla.value === null ? 'UserAuthentication not set' : `UserAuthentication = ${nla.value}${nla.detail ? ` (${nla.detail})` : ''}`,
  ];
  if (v.port !== null) detail.push(`PortNumber = ${v.port}`);
  const smb = smbRead ? smb1(v) : { enabled: null, detail: 'SMB 1.0: not in the typed registry output' };
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
