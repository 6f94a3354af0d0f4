import type { LocalizedText } from './types';

/**
 * An error the page shows to the user, carried in both languages: Electron passes only an error's
 * message across IPC, and the main process does not know which language the page is showing.
 */
const PREFIX = 'botcheck-text:';

export class LocalizedError extends Error {
  constructor(readonly text: LocalizedText) {
    super(`${PREFIX}${JSON.stringify(text)}`);
    this.name = 'LocalizedError';
  }
}

/** The two-language text a LocalizedError carried in `message` (however wrapped since), or null. */
export function localizedTextIn(message: string): LocalizedText | null {
  const at = message.indexOf(PREFIX);
  if (at < 0) return null;
  try {
    const value: unknown = JSON.parse(message.slice(at + PREFIX.length));
    if (typeof value === 'object' && value !== null && 'en' in value && 'ja' in value && typeof value.en === 'string' && typeof value.ja === 'string') return { en: value.en, ja: value.ja };
  } catch {
    // Not one of ours after all: the message is shown as it is.
  }
  return null;
}
