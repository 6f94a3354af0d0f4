import catalogue from '../../../signatures/remediation.json';
import type { LocalizedText, Platform } from '../../../electron/shared/types';

export interface RemediationLink {
  id: string;
  kind: string;
  name: LocalizedText;
  description: LocalizedText;
  platforms: Platform[];
  url: string | null;
  phone: string | null;
  hours: LocalizedText | null;
}

/**
 * The remediation catalogue as shipped, read at build time: the Report does not carry it, and main
 * opens only URLs on this same catalogue anyway.
 */
const ENTRIES = (catalogue as { entries: RemediationLink[] }).entries;

/** Removal tools and scanners for this platform (all platforms when it is not known). */
export function removalTools(platform: Platform | null): RemediationLink[] {
  return ENTRIES.filter((e) => (e.kind === 'removal-tool' || e.kind === 'scanner') && e.url && (!platform || e.platforms.includes(platform)));
}

export function helpDesks(): RemediationLink[] {
  return ENTRIES.filter((e) => e.kind === 'help-desk');
}

/** Tools that no longer exist, named so a person can recognise a fake offered under that name. */
export function discontinuedTools(): RemediationLink[] {
  return ENTRIES.filter((e) => e.kind === 'discontinued');
}
