import type { SettingDetail, UpdateSettingsFacts } from '../shared/facts';
import type { LocalizedText } from '../shared/types';
import { readWindowsOs } from '../parsers/windows-os';
import { readUpdateSettings, type UpdateSettings } from '../parsers/windows-settings';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';
import { localDay } from '../shared/local-day';

const PROBES = [INVENTORY] as const;
/** AUOptions that leave installing to the user: 2 notify, 3 download and notify, 7 notify to install (Server). */
const MANUAL_INSTALL = new Set([2, 3, 7]);

/** Registry names and values stay as written in both languages, so the user can find them in regedit. */
function same(text: string): LocalizedText {
  return { en: text, ja: text };
}

function automatic(s: UpdateSettings, capturedAt: Date | null): { value: boolean | null; text: LocalizedText } {
  if (s.noAutoUpdate === 1) return { value: false, text: { en: 'policy NoAutoUpdate = 1', ja: 'ポリシーで NoAutoUpdate = 1' } };
  if (s.serviceStart === 4) return { value: false, text: { en: 'wuauserv Start = 4 (disabled)', ja: 'wuauserv Start = 4 (無効)' } };
  const policy = { en: `policy AUOptions = ${s.auOptions}`, ja: `ポリシーで AUOptions = ${s.auOptions}` };
  if (s.auOptions !== null && MANUAL_INSTALL.has(s.auOptions)) return { value: false, text: policy };
  if (s.pausedUntil) {
    const pause = same(`PauseUpdatesExpiryTime = ${localDay(s.pausedUntil)}`);
    if (!capturedAt) return { value: null, text: pause };
    if (Date.parse(s.pausedUntil) > capturedAt.getTime()) return { value: false, text: pause };
  }
  if (s.auOptions === 4) return { value: true, text: policy };
  if (s.auOptions !== null) return { value: null, text: policy };
  return { value: true, text: { en: 'no Windows Update policy, not paused', ja: 'Windows Update のポリシーなし、一時停止なし' } };
}

function restart(s: UpdateSettings): LocalizedText {
  if (s.rebootRequired && s.rebootPending) return { en: 'RebootRequired key present, RebootPending key present', ja: 'RebootRequired キーと RebootPending キーあり' };
  if (s.rebootRequired) return { en: 'RebootRequired key present', ja: 'RebootRequired キーあり' };
  if (s.rebootPending) return { en: 'RebootPending key present', ja: 'RebootPending キーあり' };
  return { en: 'no RebootRequired or RebootPending key', ja: 'RebootRequired キーも RebootPending キーもなし' };
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
    const detail: SettingDetail[] = [
      { setting: 'automaticUpdates', text: auto.text },
      { setting: 'restart', text: restart(s) },
    ];
    if (os.ok && os.value.lastBootAt) detail.push({ setting: 'restart', text: same(`LastBootUpTime = ${localDay(os.value.lastBootAt)}`) });
    const facts: UpdateSettingsFacts = { automaticUpdates: auto.value, restartPending, detail };
    return knownFact(PROBES, facts);
  },
});
