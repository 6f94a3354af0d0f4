import type { Lang } from '../../../electron/shared/types';

/** The language the user chose in Settings wins over the OS default. */
const KEY = 'botcheck.lang';

export function loadLang(): Lang | null {
  const value = localStorage.getItem(KEY);
  return value === 'ja' || value === 'en' ? value : null;
}

export function saveLang(lang: Lang): void {
  localStorage.setItem(KEY, lang);
}
