import type { InventorySection } from '../section';

/** Sections for signs of infection and exposure: processes, connections, remote access, logons. */
export const ACTIVITY_SECTIONS: readonly InventorySection[] = [];
