import type { InventorySection } from '../section';
import { failedLogonsSection } from './failed-logons';
import { processesSection } from './processes';
import { remoteAccessSection } from './remote-access';

/**
 * Sections for signs of infection and exposure. Connections come from systeminformation
 * (`netstat -nao`, its own probe); their owners' names and paths come from `processes`.
 */
export const ACTIVITY_SECTIONS: readonly InventorySection[] = [processesSection, remoteAccessSection, failedLogonsSection];
