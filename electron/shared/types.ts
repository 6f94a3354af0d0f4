/**
 * Types shared by every layer and by the renderer. This file imports nothing: it is the contract.
 */

export type Platform = 'linux' | 'win32' | 'darwin';
export const PLATFORMS: readonly Platform[] = ['linux', 'win32', 'darwin'];

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** Every user-facing sentence exists in both languages, so one report serves caller and helpdesk. */
export interface LocalizedText {
  en: string;
  ja: string;
}

export type Status = 'pass' | 'warn' | 'fail' | 'unknown' | 'not_applicable' | 'manual';

/** Checklist letter of IPA's bot countermeasures (a)–(g), or one of the extra areas. */
export type Item = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'net' | 'exposure' | 'p2p' | 'logs';

/** Which of the two report headlines a check counts towards; behaviour questions count to neither. */
export type Headline = 'protection' | 'infection' | 'none';

export type Severity = 'low' | 'medium' | 'high';

export type ProbeFormat = 'text' | 'json';

/**
 * Why a probe produced no usable output.
 * - not-found: the program or file does not exist on this machine (a fact in itself: "not installed").
 * - missing: in a replay, the file for this probe was not in the folder.
 */
export type ProbeErrorKind = 'not-found' | 'timeout' | 'permission' | 'failed' | 'missing';

export interface ProbeError {
  kind: ProbeErrorKind;
  message: string;
}

/** What one probe produced: recorded to and replayed from exactly one file. */
export interface RawOutput {
  probeId: string;
  format: ProbeFormat;
  /** Text output, or JSON text for `json` probes. Empty when the probe failed. */
  stdout: string;
  /** First part of stderr; some tools report "needs root" only here. */
  stderr: string;
  /** Process exit code; null when no process ran or it was killed. */
  exitCode: number | null;
  durationMs: number;
  error?: ProbeError;
}

/** The reason a fact or a check could not be established, shown to the user as is. */
export interface UnknownReason {
  kind: ProbeErrorKind | 'parse' | 'unsupported' | 'no-capture-time';
  text: LocalizedText;
}

export interface Evidence {
  text: LocalizedText;
  /** Machine-readable detail for JSON consumers and the UI (addresses, ports, paths, counts). */
  data?: Record<string, string | number | boolean | null>;
}

export interface ManualQuestion {
  text: LocalizedText;
  /** Answer ids with their labels; `good` answers count as pass, others as warn. */
  answers: { id: string; label: LocalizedText; good: boolean }[];
}

/** What a check is, shared by its definition and its result. */
export interface CheckMeta {
  id: string;
  item: Item;
  headline: Headline;
  severity: Severity;
  title: LocalizedText;
  rationale: LocalizedText;
}

export interface CheckResult extends CheckMeta {
  status: Status;
  message: LocalizedText;
  evidence: Evidence[];
  /** Numbered "how to fix" steps for this platform; empty when nothing needs doing. */
  remediation: LocalizedText[];
  /** Set when status is unknown. */
  reason?: UnknownReason;
  question?: ManualQuestion;
  answer?: string;
  probes: string[];
  durationMs: number;
}

export interface HeadlineResult {
  status: Status;
  counts: Record<Status, number>;
  summary: LocalizedText;
}

export interface ProbeRecord {
  id: string;
  format: ProbeFormat;
  exitCode: number | null;
  durationMs: number;
  error?: ProbeError;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'botcheck'; version: string };
  mode: 'live' | 'replay';
  /** When the OS facts were read: now for a live scan, meta.json's capturedAt for a replay. */
  capturedAt: string | null;
  generatedAt: string;
  host: { platform: Platform; os: string | null; hostname: string | null; locale: string | null };
  signatures: { version: string; date: string; extra: string[] };
  headlines: { protection: HeadlineResult; infection: HeadlineResult };
  checks: CheckResult[];
  probes: ProbeRecord[];
  /** Short code a caller reads out; a helpdesk decodes it (`botcheck decode CODE`). */
  supportCode: string;
  /** The connection table with what the checks found wrong with each row; null when it could not be read. */
  connections: ReportConnection[] | null;
}

export type Protocol = 'tcp' | 'udp' | 'tcp6' | 'udp6';

export interface Connection {
  protocol: Protocol;
  localAddress: string;
  localPort: number;
  /** Remote address; '' or '*' for listening sockets. */
  remoteAddress: string;
  remotePort: number | null;
  /** 'ESTABLISHED', 'LISTEN', 'SYN_SENT' … ('' for UDP). */
  state: string;
  pid: number | null;
  /** Process name as the OS reports it; null when not visible (other user's process without admin). */
  process: string | null;
}

/** One row of the report's connection table: the connection, its program's path, and what the checks said of it. */
export interface ReportConnection extends Connection {
  path: string | null;
  flags: { check: string; text: LocalizedText }[];
}

export type ProgressEvent =
  | { type: 'scan-started'; checks: { id: string; title: LocalizedText }[]; probes: string[] }
  | { type: 'probe-finished'; probeId: string; durationMs: number; error?: ProbeError }
  | { type: 'check-started'; id: string }
  | { type: 'check-finished'; result: CheckResult }
  | { type: 'scan-finished'; report: Report };

/** Probe ids start with the OS they run on. */
export const PROBE_PREFIX: Record<Platform, string> = { linux: 'linux', win32: 'windows', darwin: 'macos' };
