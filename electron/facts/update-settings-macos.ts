import type { SoftwareUpdatePrefs } from '../parsers/defaults-softwareupdate';
import type { SettingDetail } from '../shared/facts';
import type { LocalizedText } from '../shared/types';
import { parseDefaultsSoftwareUpdate } from '../parsers/defaults-softwareupdate';
import { parseSoftwareUpdateList } from '../parsers/softwareupdate';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact, unknownFact } from './raw-helpers';

const PREFS = 'macos.update-settings';
const LIST = 'macos.softwareupdate';
const PROBES = [PREFS, LIST] as const;

const WORDS: Record<'on' | 'off' | 'notSet', LocalizedText> = {
  on: { en: 'on', ja: 'オン' },
  off: { en: 'off', ja: 'オフ' },
  notSet: { en: 'not set', ja: '未設定' },
};

/** The switches under System Settings → Software Update → Automatic updates, in that order. */
const SWITCHES: { key: keyof SoftwareUpdatePrefs; label: string }[] = [
  { key: 'automaticCheck', label: 'AutomaticCheckEnabled' },
  { key: 'automaticDownload', label: 'AutomaticDownload' },
  { key: 'installMacOSUpdates', label: 'AutomaticallyInstallMacOSUpdates' },
  { key: 'criticalUpdateInstall', label: 'CriticalUpdateInstall' },
  { key: 'configDataInstall', label: 'ConfigDataInstall' },
];

function switchesText(values: (boolean | null)[]): LocalizedText {
  const word = (v: boolean | null, lang: keyof LocalizedText) => (v === null ? WORDS.notSet[lang] : v ? WORDS.on[lang] : WORDS.off[lang]);
  const line = (lang: keyof LocalizedText, sep: string) => SWITCHES.map((s, i) => `${s.label} = ${word(values[i]!, lang)}`).join(sep);
  return { en: line('en', ', '), ja: line('ja', '、') };
}

/**
 * Automatic updates count as on only when every switch reads on; one switch off is off. A switch
 * absent from the file runs on the built-in default, which the file does not show: null.
 * restartPending: a listed update that installs with a restart is waiting.
 */
export const macosUpdateSettings = defineFactSource({
  fact: 'updateSettings',
  platform: 'darwin',
  probes: PROBES,
  derive(raws) {
    const prefs = readProbe(raws, PREFS, parseDefaultsSoftwareUpdate);
    const list = readProbe(raws, LIST, parseSoftwareUpdateList);
    if (!prefs.ok && !list.ok) return unknownFact(PROBES, prefs.reason);
    const detail: SettingDetail[] = [];
    let automaticUpdates: boolean | null = null;
    if (prefs.ok) {
      const values = SWITCHES.map((s) => prefs.value[s.key] as boolean | null);
      automaticUpdates = values.includes(false) ? false : values.includes(null) ? null : true;
      detail.push({ setting: 'automaticUpdates', text: switchesText(values) });
    } else {
      detail.push({ setting: 'automaticUpdates', text: prefs.reason.text });
    }
    const restarts = list.ok ? list.value.items.filter((i) => i.restart) : [];
    if (list.ok && restarts.length > 0) {
      const titles = restarts.map((i) => i.title);
      detail.push({ setting: 'restart', text: { en: `waiting for a restart: ${titles.join(', ')}`, ja: `再起動待ち: ${titles.join('、')}` } });
    }
    return knownFact(PROBES, { automaticUpdates, restartPending: list.ok ? restarts.length > 0 : null, detail });
  },
});
