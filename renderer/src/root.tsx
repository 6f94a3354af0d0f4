import { useEffect, useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { App } from './app';
import { bridge } from './bridge';
import { createI18n } from './i18n/setup';
import { loadLang } from './lib/lang-store';

/** Picks the language (the user's choice, else the OS default from main) before the first screen. */
export function Root(): ReactElement | null {
  const [instance, setInstance] = useState<i18n | null>(null);
  useEffect(() => {
    const saved = loadLang();
    const resolve = saved ? Promise.resolve(saved) : bridge().defaultLang().catch(() => 'en' as const);
    void resolve.then((lang) => {
      document.documentElement.lang = lang;
      setInstance(createI18n(lang));
    });
  }, []);
  if (!instance) return null;
  return (
    <I18nextProvider i18n={instance}>
      <App />
    </I18nextProvider>
  );
}
