import type { RemediationData } from '../signatures/schema';

/** The hosts the remediation catalogue links to: the only places the app ever opens in a browser. */
export function catalogueHosts(remediation: RemediationData): ReadonlySet<string> {
  const hosts = new Set<string>();
  for (const entry of remediation.entries) {
    if (!entry.url) continue;
    const url = new URL(entry.url);
    if (url.protocol === 'https:') hosts.add(url.hostname.toLowerCase());
  }
  return hosts;
}

/**
 * The URL to hand to the OS browser, or null when it is refused: https only, on a catalogue host
 * exactly (no subdomain, no look-alike such as learn.microsoft.com.evil.example or a punycode twin,
 * no userinfo as in https://learn.microsoft.com@evil.example, no explicit port). The string is
 * refused outright when it holds anything a parser other than the WHATWG one might read
 * differently, and the normalised form is what gets opened.
 */
export function allowedExternalUrl(raw: string, hosts: ReadonlySet<string>): string | null {
  if (raw.length > 2048 || /[\s\\\u0000-\u001f\u007f-\u009f]/.test(raw) || !/^https:\/\//i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (!hosts.has(url.hostname)) return null;
  return url.href;
}
