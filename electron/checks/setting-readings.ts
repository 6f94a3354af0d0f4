import type { SettingDetail, SettingName } from '../shared/facts';
import type { LocalizedText } from '../shared/types';

/** The readings about the given settings only: a fact holds the readings of several settings. */
export function readingsOf(detail: SettingDetail[], ...settings: SettingName[]): SettingDetail[] {
  return detail.filter((d) => settings.includes(d.setting));
}

/** The readings joined in each language ("a; b" / "a、b"). */
export function joinReadings(readings: SettingDetail[]): LocalizedText {
  return { en: readings.map((r) => r.text.en).join('; '), ja: readings.map((r) => r.text.ja).join('、') };
}

/** The readings as " (…)" to end a sentence with, or nothing when there are none. */
export function readingsSuffix(readings: SettingDetail[]): LocalizedText {
  if (readings.length === 0) return { en: '', ja: '' };
  const joined = joinReadings(readings);
  return { en: ` (${joined.en})`, ja: ` (${joined.ja})` };
}
