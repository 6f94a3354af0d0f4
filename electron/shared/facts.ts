/**
 * Facts: what the parsers establish about the machine, independent of the OS they came from.
 * Checks see only these. Every field states its meaning and unit (after osquery's table specs).
 */
import type { Connection, LocalizedText, UnknownReason } from './types';

export type FactResult<T> = { ok: true; value: T; probes: string[] } | { ok: false; reason: UnknownReason; probes: string[] };

/** One antivirus / anti-spyware product. */
export interface AntivirusProduct {
  /** Product name as the OS or the product reports it. */
  name: string;
  /** True when the product's engine or scanner is present on disk. */
  installed: boolean;
  /** Real-time (on-access) protection on; null when the OS does not say. */
  realTime: boolean | null;
  /** Product switched on at all; null when the OS does not say. */
  enabled: boolean | null;
  /** When the signature (pattern) files were built or last updated, ISO 8601 UTC; null when unknown. */
  signaturesUpdatedAt: string | null;
  /** The product's own verdict that its signatures are current; null when it gives none. */
  signaturesUpToDate: boolean | null;
  /** Signature / database version string as reported. */
  signatureVersion: string | null;
  /** Engine version as reported. */
  engineVersion: string | null;
}

export interface AntivirusFacts {
  products: AntivirusProduct[];
}

export type BrowserName = 'firefox' | 'chrome' | 'chromium' | 'edge' | 'safari' | 'ie';

export interface InstalledBrowser {
  name: BrowserName;
  /** Version string as the browser reports it, e.g. "131.0.6778.85". */
  version: string;
  /** Where it was found (absolute path or package name). */
  location: string;
  /** Running now; absent where the source cannot tell (used for "Internet Explorer still in use"). */
  running?: boolean;
}

export interface BrowserFacts {
  browsers: InstalledBrowser[];
}

/** The traffic a firewall layer filters: iptables only IPv4, ip6tables only IPv6, ufw both. */
export type FirewallFamily = 'ipv4' | 'ipv6' | 'both';

/**
 * One firewall layer: a tool, a ruleset or an OS profile. FW-001 passes on layers that are active
 * AND drop unsolicited inbound traffic by default, for both address families between them.
 */
export interface FirewallLayer {
  /** 'ufw', 'firewalld', 'nftables', 'iptables', 'ip6tables', 'Windows Public profile' … */
  name: string;
  family: FirewallFamily;
  /** The tool or ruleset exists on this machine. */
  installed: boolean;
  /** Enforcing now; null when not determinable. */
  active: boolean | null;
  /** Unsolicited inbound packets end in drop/reject by default; null when not determinable. */
  blocksInboundByDefault: boolean | null;
  /** Rules in the inbound path (input chains / zone services); null when not counted. */
  inboundRuleCount: number | null;
  /** What was read, in words a user can check ("chain input: policy drop"). */
  detail: string;
}

export interface FirewallFacts {
  layers: FirewallLayer[];
  /**
   * IPv6 addresses the internet can reach this PC at (Linux: /proc/net/if_inet6); [] for none;
   * absent where not read. Decides whether an IPv6 family left unfiltered matters.
   */
  internetIPv6?: string[];
}

export interface OsFacts {
  /** Machine id of the OS family: os-release ID ('debian', 'ubuntu'), 'windows', 'macos'. */
  id: string;
  /** Version id used for support look-ups: os-release VERSION_ID ('12', '22.04'), Windows build, macOS version. */
  versionId: string | null;
  /** Human name, e.g. "Debian GNU/Linux 12 (bookworm)". */
  prettyName: string;
  /** Related family ids (os-release ID_LIKE). */
  like: string[];
}

export interface PackageUpdateFacts {
  /** Package manager queried: 'apt', 'dnf', 'windows-update', 'softwareupdate'. */
  manager: string;
  /** Updates waiting to be installed, by the manager's last refreshed package lists. */
  pending: number;
  /** Of those, security updates; null when the manager does not tell. */
  security: number | null;
  /** Names of pending packages (first few), for evidence. */
  names: string[];
}

export interface UpdateHistoryFacts {
  /** Last time packages were successfully upgraded or installed, ISO 8601; null when never seen. */
  lastUpgradeAt: string | null;
  /** Last time the package lists were refreshed, ISO 8601; null when unknown. */
  listsRefreshedAt: string | null;
}

export type { Connection, Protocol } from './types';

export interface ConnectionFacts {
  connections: Connection[];
  /** True when process owners of other users' sockets were not visible (no admin rights). */
  partialOwnership: boolean;
}

export interface ProcessInfo {
  pid: number;
  name: string;
  /** Absolute path of the executable; null when not readable (other user's process without admin). */
  exe: string | null;
  /** The executable file was deleted after the process started. */
  exeDeleted: boolean;
  /** Command line, truncated to 300 characters. */
  cmdline: string;
  user: string | null;
}

export interface ProcessFacts {
  processes: ProcessInfo[];
  /** True when some executables could not be read for lack of rights. */
  partial: boolean;
  /** The processes whose executable could not be read, when the probe says which. */
  hidden: { pid: number; name: string }[];
  /** The list was read with administrator rights; null when not recorded. */
  elevated: boolean | null;
}

export interface SshConfigFacts {
  /** PasswordAuthentication (and KbdInteractive) allows passwords; null when not determinable. */
  passwordAuthentication: boolean | null;
  permitRootLogin: string | null;
  ports: number[];
  /** 'sshd -T' (effective) or 'sshd_config' (files as written, defaults applied). */
  source: string;
}

export interface LoginFailureSource {
  address: string;
  count: number;
}

export interface AuthLogFacts {
  /** Window examined, ISO 8601. */
  from: string;
  to: string;
  /** Failed SSH password / invalid-user attempts in the window. */
  failed: number;
  /** Sources with their failure counts, most first. */
  sources: LoginFailureSource[];
  /** Successful password logins from an address that had failed before in the window. */
  acceptedAfterFailures: { address: string; user: string; at: string }[];
  /** 'journal' or a log file path. */
  source: string;
}

/** OS settings that guard against the behaviour items (b) (c) (d). null = not read or not on this OS. */
export interface SecuritySettingsFacts {
  /** Windows Explorer hides known file extensions (HideFileExt = 1), so "invoice.pdf.exe" shows as "invoice.pdf". */
  fileExtensionsHidden: boolean | null;
  /** Windows SmartScreen for apps and files: 'block', 'warn', 'off'; null when not read. */
  smartScreen: 'block' | 'warn' | 'off' | null;
  /** macOS Gatekeeper assessments enabled (spctl --status). */
  gatekeeper: boolean | null;
  detail: SettingDetail[];
}

/** The OS setting a reading is about, so that each check shows only the readings of its own setting. */
export type SettingName =
  | 'fileExtensions'
  | 'smartScreen'
  | 'gatekeeper'
  | 'restart'
  | 'automaticUpdates'
  | 'rdp'
  | 'rdpNla'
  | 'smb1'
  | 'remoteLogin'
  | 'screenSharing';

/** One reading of an OS setting, in words a user can check; registry and command names stay as written in both languages. */
export interface SettingDetail {
  setting: SettingName;
  text: LocalizedText;
  /** The value could not be read without administrator rights. */
  accessDenied?: boolean;
}

/** Remote-access switches of the OS itself (as opposed to sockets seen listening). null = not read / not on this OS. */
export interface RemoteAccessFacts {
  /** Windows Remote Desktop accepts connections (fDenyTSConnections = 0). */
  rdpEnabled: boolean | null;
  /** RDP requires Network Level Authentication (UserAuthentication = 1). */
  rdpNla: boolean | null;
  /** The SMB 1.0 server protocol is enabled (WannaCry's way in). */
  smb1Enabled: boolean | null;
  /** macOS Remote Login (SSH) on. */
  remoteLogin: boolean | null;
  /** macOS Screen Sharing / Remote Management on. */
  screenSharing: boolean | null;
  detail: SettingDetail[];
}

/** How the OS keeps itself updated. null = not read. */
export interface UpdateSettingsFacts {
  /** Updates are downloaded and installed automatically. */
  automaticUpdates: boolean | null;
  /** Updates are installed but wait for a restart. */
  restartPending: boolean | null;
  detail: SettingDetail[];
}

/** Every fact the engine can derive, by name. */
export interface FactMap {
  antivirus: AntivirusFacts;
  browsers: BrowserFacts;
  firewall: FirewallFacts;
  os: OsFacts;
  packageUpdates: PackageUpdateFacts;
  updateHistory: UpdateHistoryFacts;
  connections: ConnectionFacts;
  processes: ProcessFacts;
  sshConfig: SshConfigFacts;
  authLog: AuthLogFacts;
  securitySettings: SecuritySettingsFacts;
  remoteAccess: RemoteAccessFacts;
  updateSettings: UpdateSettingsFacts;
}

export type FactName = keyof FactMap;

export type FactSet = { [K in FactName]?: FactResult<FactMap[K]> };
