import type { NoticeInput } from '../../../electron/shared/ipc';

export type DatePrecision = 'none' | 'month' | 'date' | 'full';

/** The notice form as typed: strings, '' meaning "not stated". */
export interface NoticeDraft {
  senderPick: string;
  senderText: string;
  channel: string;
  kind: string;
  precision: DatePrecision;
  when: string;
  timeZone: string;
  reportedAddress: string;
  destAddress: string;
  destDomain: string;
  destPort: string;
  protocol: string;
  malware: string;
  hasCustomerNumber: '' | 'yes' | 'no';
  redFlags: NoticeInput['redFlags'];
}

export const SENDER_KEYS = ['ocn', 'softbank', 'sonet', 'biglobe', 'nifty', 'kddi', 'docomo', 'eo', 'odn', 'otherIsp', 'notice', 'nicter', 'emotet', 'active', 'overseas'] as const;
export const CHANNELS = ['email', 'sms', 'letter', 'portal', 'popup', 'phone'] as const;
export const KINDS = ['c2-blocked', 'bot-infection', 'weak-password-device', 'iot-infected', 'spam', 'attack', 'other'] as const;
export const TIME_ZONES = ['Asia/Tokyo', 'UTC', 'Europe/Berlin'] as const;
export type TimeZoneId = (typeof TIME_ZONES)[number];
export const MALWARE_SUGGESTIONS = ['Emotet', 'Mirai', 'WannaCry', 'Avalanche', 'spam bot', 'dictionary password attack'];

export function emptyDraft(): NoticeDraft {
  return {
    senderPick: '', senderText: '', channel: '', kind: '', precision: 'none', when: '', timeZone: 'Asia/Tokyo',
    reportedAddress: '', destAddress: '', destDomain: '', destPort: '', protocol: '', malware: '', hasCustomerNumber: '',
    redFlags: { attachment: false, toolDownloadLink: false, asksForCredentials: false, asksForMoney: false },
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** null when empty, NaN when not a port: the form shows an error for NaN. */
export function parsePort(value: string): number | null {
  if (value.trim() === '') return null;
  const port = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return port >= 1 && port <= 65535 ? port : NaN;
}

/** Why the phishing warning shows: how the notice came, then what it asked for. */
export type WarningTrigger = 'phone' | 'popup' | keyof NoticeInput['redFlags'];

export const FLAG_KEYS = ['attachment', 'toolDownloadLink', 'asksForCredentials', 'asksForMoney'] as const;

/** An unexpected call or browser pop-up about an infection is the support scam's route (notices.md §1.5, §2). */
export function warningTriggers(notice: { channel: string | null; redFlags: NoticeInput['redFlags'] }): WarningTrigger[] {
  const route: WarningTrigger[] = notice.channel === 'phone' || notice.channel === 'popup' ? [notice.channel] : [];
  return [...route, ...FLAG_KEYS.filter((k) => notice.redFlags[k])];
}

/** `senderLabel` turns a pick-list key into the name the user saw (the engine matches on names). */
export function toNoticeInput(draft: NoticeDraft, senderLabel: (key: string) => string): NoticeInput {
  const port = parsePort(draft.destPort);
  const observedAt = draft.precision === 'none' ? null : text(draft.when);
  return {
    sender: text(draft.senderText) ?? (draft.senderPick ? senderLabel(draft.senderPick) : null),
    channel: (CHANNELS as readonly string[]).includes(draft.channel) ? (draft.channel as NoticeInput['channel']) : null,
    kind: (KINDS as readonly string[]).includes(draft.kind) ? (draft.kind as NoticeInput['kind']) : null,
    observedAt,
    timeZone: observedAt && draft.timeZone ? draft.timeZone : null,
    reportedAddress: text(draft.reportedAddress),
    destination: {
      address: text(draft.destAddress),
      domain: text(draft.destDomain),
      port: port !== null && !Number.isNaN(port) ? port : null,
      protocol: draft.protocol === 'tcp' || draft.protocol === 'udp' ? draft.protocol : null,
    },
    malware: text(draft.malware),
    hasCustomerNumber: draft.hasCustomerNumber === '' ? null : draft.hasCustomerNumber === 'yes',
    redFlags: { ...draft.redFlags },
  };
}
