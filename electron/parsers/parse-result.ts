/** What every parser returns: typed facts, or the reason the text was not understood. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export const parsed = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const notUnderstood = <T = never>(reason: string): ParseResult<T> => ({ ok: false, reason });

/** JSON probes record text; a parser that needs the value goes through here so corrupt JSON is a reason. */
export function parseJsonText(text: string): ParseResult<unknown> {
  if (text.trim() === '') return notUnderstood('empty output');
  try {
    return parsed(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    return notUnderstood(`not valid JSON (${(err as Error).message})`);
  }
}
