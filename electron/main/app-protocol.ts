import { readFile } from 'node:fs/promises';
import { contentTypeOf, resolveAppFile } from './app-origin';
import { securityHeaders } from './csp';

/**
 * The response for one request to the app scheme: a file of the built renderer with the CSP header,
 * or 404. Only GET; nothing outside the renderer folder.
 */
export async function serveAppRequest(request: { url: string; method: string }, root: string): Promise<Response> {
  const notFound = (): Response => new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8') });
  const file = resolveAppFile(request.url, root);
  if (!file) return notFound();
  try {
    return new Response(await readFile(file), { status: 200, headers: securityHeaders(contentTypeOf(file)) });
  } catch {
    return notFound();
  }
}
