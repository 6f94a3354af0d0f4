import type { NoticeInput } from './ipc';

/** A notice with nothing stated: the form's starting point. */
export function emptyNotice(): NoticeInput {
  return {
    sender: null,
    channel: null,
    kind: null,
    observedAt: null,
    timeZone: null,
    reportedAddress: null,
    destination: { address: null, domain: null, port: null, protocol: null },
    malware: null,
    hasCustomerNumber: null,
    redFlags: { attachment: false, toolDownloadLink: false, asksForCredentials: false, asksForMoney: false },
  };
}
