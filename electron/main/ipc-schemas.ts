import { z } from 'zod';
import { NOTICE_TEXT_LIMITS, type IpcChannel, type IpcContract, type NoticeInput } from '../shared/ipc';

/**
 * The argument schema of every channel, typed against the contract so that a channel added to
 * electron/shared/ipc.ts without a schema, or a schema that drifts from the contract, fails to compile.
 * Tuples reject extra arguments; objects reject extra keys; every string has a length cap, because a
 * compromised renderer could otherwise hand the engine megabytes.
 */

const short = (max: number) => z.string().max(max);
const nullableShort = (max: number) => short(max).nullable();

/** Check id → answer id, as the manual questions produce them. */
const answers = z.record(z.string().regex(/^[A-Z][A-Z0-9]{1,4}-\d{3}$/), z.string().regex(/^[a-z0-9-]{1,40}$/)).refine((a) => Object.keys(a).length <= 64, 'at most 64 answers');

const noticeInput = z
  .object({
    sender: nullableShort(NOTICE_TEXT_LIMITS.sender),
    channel: z.enum(['email', 'sms', 'letter', 'portal', 'popup', 'phone']).nullable(),
    kind: z.enum(['c2-blocked', 'bot-infection', 'weak-password-device', 'iot-infected', 'spam', 'attack', 'other']).nullable(),
    observedAt: z.string().regex(/^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?$/).nullable(),
    timeZone: nullableShort(64),
    reportedAddress: nullableShort(NOTICE_TEXT_LIMITS.reportedAddress),
    destination: z
      .object({
        address: nullableShort(NOTICE_TEXT_LIMITS.address),
        domain: nullableShort(NOTICE_TEXT_LIMITS.domain),
        port: z.number().int().min(0).max(65535).nullable(),
        protocol: z.enum(['tcp', 'udp']).nullable(),
      })
      .strict(),
    malware: nullableShort(NOTICE_TEXT_LIMITS.malware),
    hasCustomerNumber: z.boolean().nullable(),
    redFlags: z.object({ attachment: z.boolean(), toolDownloadLink: z.boolean(), asksForCredentials: z.boolean(), asksForMoney: z.boolean() }).strict(),
  })
  .strict() satisfies z.ZodType<NoticeInput>;

/** Report ids are made by the history store: a timestamp and random hex, never a path. */
export const REPORT_ID = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$/;
const reportId = z.string().regex(REPORT_ID);

/** A support code as the app shows it: Crockford base-32 in groups of four, a few groups long. */
export const SUPPORT_CODE_TEXT = /^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4}){0,9}$/;

/** Long enough for any https link of the catalogue, short enough to refuse junk. */
export const MAX_URL_LENGTH = 2048;

export const IPC_ARGS = {
  'botcheck:scan': z.tuple([z.object({ answers }).strict()]),
  'botcheck:check-notice': z.tuple([z.object({ notice: noticeInput, answers }).strict()]),
  'botcheck:history': z.tuple([]),
  'botcheck:load-report': z.tuple([reportId]),
  'botcheck:export': z.tuple([z.object({ id: reportId, format: z.enum(['html', 'pdf', 'json']), lang: z.enum(['ja', 'en']) }).strict()]),
  'botcheck:open-external': z.tuple([short(MAX_URL_LENGTH)]),
  'botcheck:remediation': z.tuple([]),
  'botcheck:decode-support-code': z.tuple([short(64)]),
  'botcheck:copy-support-code': z.tuple([z.string().regex(SUPPORT_CODE_TEXT)]),
  'botcheck:signatures-status': z.tuple([]),
  'botcheck:update-signatures': z.tuple([]),
  'botcheck:default-lang': z.tuple([]),
} satisfies { [C in IpcChannel]: z.ZodType<IpcContract[C]['args']> };

export type ParsedArgs<C extends IpcChannel> = IpcContract[C]['args'];

/** The arguments, typed, or null when they do not match the channel's schema. */
export function parseArgs<C extends IpcChannel>(channel: C, args: unknown[]): ParsedArgs<C> | null {
  const schema = IPC_ARGS[channel] as z.ZodType<ParsedArgs<C>>;
  const parsed = schema.safeParse(args);
  return parsed.success ? parsed.data : null;
}
