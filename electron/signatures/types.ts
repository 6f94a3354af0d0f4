import type { BrowserSupportData, OsSupportData, P2pData, PortsData, ProcessesData, RemediationData } from './schema';

/** One known command-and-control (or otherwise malicious) address or range. */
export interface ThreatEntry {
  /** The address or CIDR as listed. */
  value: string;
  /** File it came from (relative to its signatures folder). */
  file: string;
  /** Malware family or list name, when the source gives one. */
  label: string | null;
  /** Port the source saw the C2 on, when it gives one. */
  port: number | null;
}

export interface AddressMatcher {
  size: number;
  /** Bytes of memory the index holds (its typed arrays), as the bench states it. */
  memoryBytes: number;
  /** The entry that covers `address`, or null. Invalid addresses never match. */
  lookup(address: string): ThreatEntry | null;
}

/** A loaded, validated signatures set as checks see it. */
export interface Signatures {
  version: string;
  date: string;
  /** Extra folders given with --signatures, in order. */
  extra: string[];
  c2: AddressMatcher;
  ports: PortsData;
  processes: ProcessesData;
  p2p: P2pData;
  osSupport: OsSupportData;
  browsers: BrowserSupportData;
  /** Official removal tools and help desks; the app opens no URL outside it. */
  remediation: RemediationData;
}
