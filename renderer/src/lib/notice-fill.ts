import type { NoticeDraft } from './notice-draft';
import type { FoundDate } from './notice-extract-dates';
import type { NoticeFindings } from './notice-extract';

const RANK: Record<FoundDate['precision'], number> = { full: 3, date: 2, month: 1 };

/**
 * The most precise date, and of those the first: a notice's own date line beats a month in passing.
 * Never the date a pasted mail was sent.
 */
export function bestDate(dates: readonly FoundDate[]): FoundDate | null {
  return dates.filter((d) => !d.mailSent).reduce<FoundDate | null>((best, d) => (!best || RANK[d.precision] > RANK[best.precision] ? d : best), null);
}

/**
 * The form with what the user confirmed from the pasted text. Only what was found is filled: a
 * question the text does not answer keeps the user's answer. Red flags are left to the user: words
 * such as 「料金は不要です」 or "download EmoCheck" appear in genuine notices too, and a ticked box makes
 * the result lead with "this notice may be fake", which must rest on what the person saw.
 */
export function fillDraft(draft: NoticeDraft, found: NoticeFindings): NoticeDraft {
  const date = bestDate(found.dates);
  const zone = date?.zone ?? found.zones[0] ?? null;
  return {
    ...draft,
    ...(date ? { precision: date.precision, when: date.value } : {}),
    ...(zone ? { timeZone: zone } : {}),
    ...(found.yourAddresses[0] ? { reportedAddress: found.yourAddresses[0] } : {}),
    ...(found.destinationAddresses[0] ? { destAddress: found.destinationAddresses[0] } : {}),
    ...(found.ports[0] !== undefined ? { destPort: String(found.ports[0]) } : {}),
    ...(found.malware[0] ? { malware: found.malware[0] } : {}),
    ...(found.customerNumber ? { hasCustomerNumber: 'yes' as const } : {}),
  };
}
