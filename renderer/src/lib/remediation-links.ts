import type { RemediationEntry } from '../../../electron/shared/ipc';
import type { Platform } from '../../../electron/shared/types';

/** Removal tools and scanners for this platform (all platforms when it is not known). */
export function removalTools(entries: readonly RemediationEntry[], platform: Platform | null): RemediationEntry[] {
  return entries.filter((e) => (e.kind === 'removal-tool' || e.kind === 'scanner') && e.url && (!platform || e.platforms.includes(platform)));
}

export function helpDesks(entries: readonly RemediationEntry[]): RemediationEntry[] {
  return entries.filter((e) => e.kind === 'help-desk');
}

/** Tools that no longer exist, named so a person can recognise a fake offered under that name. */
export function discontinuedTools(entries: readonly RemediationEntry[]): RemediationEntry[] {
  return entries.filter((e) => e.kind === 'discontinued');
}
