import { z } from 'zod';
import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { encodingProblem, isPromptLine } from './pasted-prompt';

const dword = z.number().int().nullable();

/** The inventory's `remoteAccess` section (electron/probes/windows/sections/remote-access.ts); null = value not set or not readable. */
const sectionSchema = z.object({
  fDenyTSConnections: dword,
  UserAuthentication: dword,
  PortNumber: dword,
  PolicyDenyTSConnections: dword,
  PolicyUserAuthentication: dword,
  EnableSMB1Protocol: z.boolean().nullable(),
  SmbConfigError: z.string().nullable(),
  SMB1: dword,
});

/** The properties this parser reads; the section's Select-Object names exactly these. */
export const REMOTE_ACCESS_FIELDS = Object.keys(sectionSchema.shape);

/** Registry values behind Remote Desktop and SMB 1.0, as read; null where not set or not read. */
export interface WindowsRemoteAccess {
  /** Terminal Server fDenyTSConnections (0 = Remote Desktop accepts connections). */
  denyConnections: number | null;
  /** RDP-Tcp UserAuthentication (1 = Network Level Authentication required). */
  userAuthentication: number | null;
  /** RDP-Tcp PortNumber. */
  port: number | null;
  /** Group Policy values, which win over the local ones when set. */
  policyDenyConnections: number | null;
  policyUserAuthentication: number | null;
  /** Get-SmbServerConfiguration EnableSMB1Protocol; null when the cmdlet failed. */
  smb1Protocol: boolean | null;
  /** Why Get-SmbServerConfiguration failed ("access denied" without administrator rights). */
  smbError: string | null;
  /** LanmanServer\Parameters SMB1 (0 = SMB 1.0 server off). */
  smb1Registry: number | null;
}

export function parseRemoteAccessSection(value: unknown): ParseResult<WindowsRemoteAccess> {
  const checked = sectionSchema.safeParse(value);
  if (!checked.success) return notUnderstood(`${checked.error.issues[0]?.path.join('.')} ${checked.error.issues[0]?.message}`);
  const v = checked.data;
  return parsed({
    denyConnections: v.fDenyTSConnections,
    userAuthentication: v.UserAuthentication,
    port: v.PortNumber,
    policyDenyConnections: v.PolicyDenyTSConnections,
    policyUserAuthentication: v.PolicyUserAuthentication,
    smb1Protocol: v.EnableSMB1Protocol,
    smbError: v.SmbConfigError,
    smb1Registry: v.SMB1,
  });
}

export interface RegValue {
  name: string;
  type: string;
  data: string;
}

export interface RegKey {
  /** Full key path as reg prints it: `HKEY_LOCAL_MACHINE\SYSTEM\…`. */
  path: string;
  values: RegValue[];
}

const TYPES = 'REG_SZ|REG_EXPAND_SZ|REG_MULTI_SZ|REG_DWORD|REG_QWORD|REG_BINARY|REG_NONE|REG_DWORD_BIG_ENDIAN|REG_LINK|REG_RESOURCE_LIST|REG_FULL_RESOURCE_DESCRIPTOR|REG_RESOURCE_REQUIREMENTS_LIST';
const VALUE_LINE = new RegExp(`^ {4}(\\S.*?) {4}(${TYPES}) {4}(.*)$`);
/** An empty string or binary value: reg prints the type and nothing after it. */
const EMPTY_VALUE_LINE = /^ {4}(\S.*?) {4}(REG_SZ|REG_EXPAND_SZ|REG_MULTI_SZ|REG_BINARY|REG_NONE)$/;
/** What reg prints when a key or value does not exist (English, Japanese). */
const NOT_FOUND = /^(ERROR|エラー):/;

/** `reg query <key> /v <name>` output, one or several queries in a row, with pasted prompts. */
export function parseRegQuery(text: string): ParseResult<RegKey[]> {
  const clean = text.replace(/^\uFEFF/, '');
  const encoding = encodingProblem(clean);
  if (encoding) return notUnderstood(encoding);
  const keys: RegKey[] = [];
  for (const [i, line] of clean.split(/\r?\n/).entries()) {
    if (line.trim() === '' || isPromptLine(line) || NOT_FOUND.test(line.trim()) || /^End of search:/.test(line.trim())) continue;
    if (/^HKEY_[A-Z_]+(\\|$)/.test(line)) {
      keys.push({ path: line.trim(), values: [] });
      continue;
    }
    const m = VALUE_LINE.exec(line.trimEnd()) ?? EMPTY_VALUE_LINE.exec(line.trimEnd());
    const key = keys.at(-1);
    if (!m || !key) return notUnderstood(`line ${i + 1} "${line.slice(0, 80)}" is neither a key nor a value`);
    key.values.push({ name: m[1]!, type: m[2]!, data: m[3] ?? '' });
  }
  if (keys.length === 0) return notUnderstood('no registry key in the output');
  return parsed(keys);
}

/** A REG_DWORD as reg prints it (`0x0`, `0xd3d`); null for anything else. */
export function regDword(value: RegValue | undefined): number | null {
  if (!value || value.type !== 'REG_DWORD' || !/^0x[0-9a-f]+$/i.test(value.data)) return null;
  return Number.parseInt(value.data.slice(2), 16);
}

/** Remote Desktop's values from typed `reg query` output, looked up by key and value name. */
export function rdpFromRegQuery(keys: readonly RegKey[]): ParseResult<Pick<WindowsRemoteAccess, 'denyConnections' | 'userAuthentication' | 'port'>> {
  const find = (keySuffix: RegExp, name: string) => regDword(keys.filter((k) => keySuffix.test(k.path)).flatMap((k) => k.values).find((v) => v.name.toLowerCase() === name.toLowerCase()));
  const server = /\\Control\\Terminal Server$/i;
  const rdpTcp = /\\Control\\Terminal Server\\WinStations\\RDP-Tcp$/i;
  const found = {
    denyConnections: find(server, 'fDenyTSConnections'),
    userAuthentication: find(rdpTcp, 'UserAuthentication'),
    port: find(rdpTcp, 'PortNumber'),
  };
  if (found.denyConnections === null && found.userAuthentication === null && found.port === null) {
    return notUnderstood('none of fDenyTSConnections, UserAuthentication, PortNumber in the output');
  }
  return parsed(found);
}
