import { localizedTextIn } from '../../../electron/shared/localized-error';
import type { Lang } from '../../../electron/shared/types';

/**
 * The message of a failed bridge call, for the user, in the page's language. The main process sends
 * what the user should read in both languages (LocalizedError); anything else is shown as it is,
 * less Electron's wrapper ("Error invoking remote method 'botcheck:scan': Error: …"), English
 * plumbing that would otherwise sit in the middle of a Japanese sentence.
 */
export function errorText(e: unknown, lang: Lang): string {
  const message = e instanceof Error ? e.message : String(e);
  const text = localizedTextIn(message);
  if (text) return text[lang];
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
