import type { InventorySection } from '../section';
import { ACTIVITY_SECTIONS } from './activity';
import { PROTECTION_SECTIONS } from './protection';

/** Every section of the batched Windows inventory, in the order the script runs them. */
export const INVENTORY_SECTIONS: readonly InventorySection[] = [...PROTECTION_SECTIONS, ...ACTIVITY_SECTIONS];
