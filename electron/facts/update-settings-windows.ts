import type { UpdateSettingsFacts } from '../shared/facts';
import { readWindowsOs } from '../parsers/windows-os';
import { readUpdateSettings, type UpdateSettings } from '../parsers/windows-settings';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const PROBES = [INVENTORY] as const;
/** AUOptions that leave installing to the user: 2 notify, 3 download and notify, 7 notify to install (Server). */
const MANUAL_INSTALL = new Set([2, 3, 7]);

/** Details are the registry values as read, so they need no translation. */
function automatic(s: UpdateSettings, capturedAt: Date | null): { value: boolean | null; detail: string } {
  if (s.noAutoUpdate === 1) return { value: false, detail: 'policy NoAutoUpdate = 1' };
  if (s.serviceStart === 4) return { value: false, detail: 'wuauserv Start = 4 (disabled)' };
  if (s.auOptions !== null && MANUAL_INSTALL.has(s.auOptions)) return { value: false, detail: `policy AUOptions = ${s.auOptions}` };
  if (s.pausedUntil) {
    const pause = `PauseUpdatesExpiryTime = ${s.pausedUntil.slice(0, 10)}`;
    if (!capturedAt) return { value: null, detail: pause };
    if (Date.parse(s.pausedUntil) > capturedAt.getTime()) return { value: false, detail: pause };
  }
  if (s.auOptions === 4) return { value: true, detail: 'policy AUOptions = 4' };
  if (s.auOptions !== null) return { value: null, detail: `policy AUOptions = ${s.auOptions}` };
  return { value: true, detail: 'no Windows Update policy, not paused' };
}

/**
 * Restart pending: Windows Update's RebootRequired key or servicing's RebootPending key exists.
 * Automatic updates: Windows 10 and 11 install updates by themselves unless a policy, a disabled
 * service or a pause stops them.
 */
export const windowsUpdateSettings = defineFactSource({
  fact: 'updateSettings',
  platform: 'win32',
  probes: PROBES,
  derive(raws, ctx) {
    const section = inventorySection(raws, 'updateSettings', readUpdateSettings);
    if (!section.ok) return unknownFact(PROBES, section.reason);
    const s = section.value;
    const auto = automatic(s, ctx.capturedAt);
    const restartPending = s.rebootRequired || s.rebootPending;
    const os = inventorySection(raws, 'os', readWindowsOs);
    const keys = [s.rebootRequired ? 'RebootRequired key present' : '', s.rebootPending ? 'RebootPending key present' : ''].filter(Boolean);
    const detail = [auto.detail, restartPending ? keys.join(', ') : 'no RebootRequired or RebootPending key'];
    if (os.ok && os.value.lastBootAt) detail.push(`LastBootUpTime = ${os.value.lastBootAt.slice(0, 10)}`);
    const facts: UpdateSettingsFacts = { automaticUpdates: auto.value, restartPending, detail };
    return knownFact(PROBES, facts);
  },
});
