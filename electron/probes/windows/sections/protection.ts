import type { InventorySection } from '../section';

/** Sections for protection: antivirus, firewall, OS and updates, browsers, settings. */
export const PROTECTION_SECTIONS: readonly InventorySection[] = [];
