import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../electron/shared/types';

const I18N = join(import.meta.dirname, '../../renderer/src/i18n');

/**
 * The UI's own words, from renderer/src/i18n/<lang>/<screen>.json: the tests find buttons and
 * fields by the names a screen reader announces, in both languages, without copying the texts.
 */
export function uiText(lang: Lang): (key: string, vars?: Record<string, string | number>) => string {
  const cache = new Map<string, unknown>();
  return (key, vars = {}) => {
    const [ns, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
    if (!cache.has(ns)) cache.set(ns, JSON.parse(readFileSync(join(I18N, lang, `${ns}.json`), 'utf8')));
    let value: unknown = cache.get(ns);
    for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
    if (typeof value !== 'string') throw new Error(`no UI text ${lang}:${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`UI text ${key} needs {{${name}}}`);
      return String(vars[name]);
    });
  };
}
