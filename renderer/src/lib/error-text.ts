/**
 * The message of a failed bridge call, for the user. Electron wraps what the main process threw as
 * "Error invoking remote method 'botcheck:scan': Error: …": English plumbing that would otherwise
 * sit in the middle of a Japanese sentence.
 */
export function errorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
