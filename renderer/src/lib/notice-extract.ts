import { findAddresses } from './notice-extract-addresses';
import { findDates, findZones, type FoundDate } from './notice-extract-dates';
import { findRedFlags, findUrls, type FoundFlags, type FoundUrl } from './notice-extract-flags';
import { findMalware, mentionsCustomerNumber } from './notice-extract-words';
import type { TimeZoneId } from './notice-draft';

/**
 * What a pasted notice states, read by pattern (notices.md §5 item 10), for the user to confirm.
 * Runs in the page only: the text never goes to the main process and is never stored.
 */
export interface NoticeFindings {
  dates: FoundDate[];
  zones: TimeZoneId[];
  yourAddresses: string[];
  destinationAddresses: string[];
  ports: number[];
  malware: string[];
  /** Whether a customer / contract / ticket number is mentioned; never the number. */
  customerNumber: boolean;
  redFlags: FoundFlags;
  urls: FoundUrl[];
}

export function extractNotice(text: string, now: Date): NoticeFindings {
  // NFKC turns full-width digits, colons and brackets (２０２６年１月２５日、１４：３９) into plain ones.
  const plain = text.normalize('NFKC');
  const addresses = findAddresses(plain);
  const urls = findUrls(plain);
  return {
    dates: findDates(plain, now),
    zones: findZones(plain),
    yourAddresses: addresses.yours,
    destinationAddresses: addresses.destinations,
    ports: addresses.ports,
    malware: findMalware(plain),
    customerNumber: mentionsCustomerNumber(plain),
    redFlags: findRedFlags(plain, urls),
    urls,
  };
}

export function foundNothing(f: NoticeFindings): boolean {
  return f.dates.length + f.zones.length + f.yourAddresses.length + f.destinationAddresses.length + f.ports.length + f.malware.length + f.urls.length === 0
    && !f.customerNumber && Object.values(f.redFlags).every((v) => v === null);
}
