/**
 * The one IPC contract (after GitHub Desktop's ipc-shared.ts): every channel with its argument and
 * result types, used by main, preload and the renderer's bridge alike.
 */
import type { Lang, LocalizedText, ProgressEvent, Report, ReportConnection, Status } from './types';

/** What an ISP notice states. Every field may be "not stated" (null): most notices state almost nothing. */
export interface NoticeInput {
  /** Who sent it, as the user names it (ISP, NOTICE, NICTER, police …). */
  sender: string | null;
  channel: 'email' | 'sms' | 'letter' | 'portal' | 'popup' | 'phone' | null;
  kind: 'c2-blocked' | 'bot-infection' | 'weak-password-device' | 'iot-infected' | 'spam' | 'attack' | 'other' | null;
  /** When the traffic was seen: "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm[:ss]" in `timeZone`. */
  observedAt: string | null;
  /** IANA zone or 'UTC'; null = not stated (JST is only the form's default, never assumed here). */
  timeZone: string | null;
  /** The global IP address the notice names, possibly masked ("xx.204.161.89"). */
  reportedAddress: string | null;
  destination: { address: string | null; domain: string | null; port: number | null; protocol: 'tcp' | 'udp' | null };
  /** Malware family or behaviour named by the notice ("Emotet", "Mirai", "dictionary password attack"). */
  malware: string | null;
  /** The notice names a customer / contract / ticket number (never the number itself). */
  hasCustomerNumber: boolean | null;
  redFlags: { attachment: boolean; toolDownloadLink: boolean; asksForCredentials: boolean; asksForMoney: boolean };
}

/** Where a finished scan went in the scan history. */
export interface SaveOutcome {
  /** Its history id (for Export and History); null when it could not be saved. */
  id: string | null;
  /** Why it could not be saved; the scan is shown all the same. */
  problem: LocalizedText | null;
}

export interface ScanOutcome {
  report: Report;
  saved: SaveOutcome;
}

/**
 * Longest text each free notice field may carry: the IPC schema refuses longer, and the form stops
 * typing there, so that typing can never make the request invalid.
 */
export const NOTICE_TEXT_LIMITS = { sender: 200, reportedAddress: 100, address: 100, domain: 253, malware: 100 } as const;

export interface NoticeResult {
  /** The notice as the user stated it: the result says "not stated" from it, not "nothing found". */
  notice: NoticeInput;
  /** Signs that the notice itself is fake (attachments, tool links, asking for passwords or money). */
  phishing: { suspected: boolean; reasons: LocalizedText[] };
  /** Live connections to the destination the notice names (address and/or port). */
  destinationMatches: ReportConnection[];
  /** Programs whose name matches the malware the notice names, or that the checks flagged. */
  processMatches: { pid: number | null; name: string; path: string | null; why: LocalizedText }[];
  /** Plain-language explanation, in order. */
  explanation: LocalizedText[];
  /** The scan made for the notice. */
  report: Report;
  saved: SaveOutcome;
}

export interface SupportCodeDecoded {
  /** Format version of the code. */
  version: number;
  platform: Report['host']['platform'];
  headlines: { protection: Status; infection: Status };
  /** Status of every check the code covers, by id. */
  checks: { id: string; status: Status }[];
}

export interface HistoryEntry {
  id: string;
  savedAt: string;
  capturedAt: string | null;
  platform: Report['host']['platform'];
  hostname: string | null;
  headlines: { protection: Status; infection: Status };
  supportCode: string;
}

export type ExportFormat = 'html' | 'pdf' | 'json';

/** One official removal tool, scanner or help desk of the remediation catalogue in use. */
export interface RemediationEntry {
  id: string;
  kind: 'removal-tool' | 'scanner' | 'help-desk' | 'discontinued';
  name: LocalizedText;
  description: LocalizedText;
  platforms: Report['host']['platform'][];
  url: string | null;
  phone: string | null;
  hours: LocalizedText | null;
}

export interface SignaturesView {
  origin: 'bundled' | 'installed';
  version: string;
  date: string;
  ageDays: number | null;
  note: LocalizedText | null;
}

export interface IpcContract {
  'botcheck:scan': { args: [request: { answers: Record<string, string> }]; result: ScanOutcome };
  'botcheck:check-notice': { args: [request: { notice: NoticeInput; answers: Record<string, string> }]; result: NoticeResult };
  'botcheck:history': { args: []; result: { entries: HistoryEntry[]; problem: LocalizedText | null } };
  'botcheck:load-report': { args: [id: string]; result: Report };
  /** `lang` is the UI's language, which the user may have chosen over the OS's. */
  'botcheck:export': { args: [request: { id: string; format: ExportFormat; lang: Lang }]; result: { saved: boolean; path: string | null } };
  'botcheck:open-external': { args: [url: string]; result: boolean };
  /** The catalogue of the threat data in use: the same one open-external checks links against. */
  'botcheck:remediation': { args: []; result: RemediationEntry[] };
  'botcheck:decode-support-code': { args: [code: string]; result: SupportCodeDecoded | { error: LocalizedText } };
  /** Only a support code: the page cannot put other text on the clipboard. */
  'botcheck:copy-support-code': { args: [code: string]; result: boolean };
  'botcheck:signatures-status': { args: []; result: SignaturesView };
  'botcheck:update-signatures': { args: []; result: { ok: boolean; message: LocalizedText } };
  'botcheck:default-lang': { args: []; result: Lang };
}

export type IpcChannel = keyof IpcContract;

/** Main → renderer notifications. */
export interface IpcEvents {
  'botcheck:progress': ProgressEvent;
}

/** What the preload exposes as `window.botcheck`: named, fixed-arity functions only. */
export interface BotcheckBridge {
  scan(answers: Record<string, string>): Promise<ScanOutcome>;
  checkNotice(notice: NoticeInput, answers: Record<string, string>): Promise<NoticeResult>;
  history(): Promise<{ entries: HistoryEntry[]; problem: LocalizedText | null }>;
  loadReport(id: string): Promise<Report>;
  exportReport(id: string, format: ExportFormat, lang: Lang): Promise<{ saved: boolean; path: string | null }>;
  openExternal(url: string): Promise<boolean>;
  remediation(): Promise<RemediationEntry[]>;
  decodeSupportCode(code: string): Promise<SupportCodeDecoded | { error: LocalizedText }>;
  copySupportCode(code: string): Promise<boolean>;
  signaturesStatus(): Promise<SignaturesView>;
  updateSignatures(): Promise<{ ok: boolean; message: LocalizedText }>;
  defaultLang(): Promise<Lang>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
}
