import type { BrowserName } from '../shared/facts';
import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** What a browser's `--version` says: "Mozilla Firefox 128.5.0esr", "Chromium 131.0.6778.85 built on Debian …". */
export interface BrowserVersion {
  name: BrowserName;
  /** Version as printed, e.g. "128.5.0esr", "131.0.6778.85". */
  version: string;
  major: number;
  /** Firefox Extended Support Release ("esr" suffix). */
  esr: boolean;
}

const PRODUCTS: { prefix: string; name: BrowserName }[] = [
  { prefix: 'Mozilla Firefox', name: 'firefox' },
  { prefix: 'Google Chrome', name: 'chrome' },
  { prefix: 'Chromium', name: 'chromium' },
  { prefix: 'Microsoft Edge', name: 'edge' },
];

const VERSION = /^(\d+)(?:\.\d+)*(esr)?$/;

export function parseBrowserVersion(text: string): ParseResult<BrowserVersion> {
  // Wrapper scripts may print warnings first; the product line is the last one that names a product.
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).reverse();
  for (const line of lines) {
    const product = PRODUCTS.find((p) => line.startsWith(`${p.prefix} `));
    if (!product) continue;
    const word = line.slice(product.prefix.length).trim().split(/\s+/)[0] ?? '';
    const m = VERSION.exec(word);
    if (!m) return notUnderstood(`version not readable in "${line.slice(0, 120)}"`);
    return parsed({ name: product.name, version: word, major: Number(m[1]), esr: m[2] === 'esr' });
  }
  return notUnderstood('no "Mozilla Firefox / Chromium / Google Chrome / Microsoft Edge <version>" line');
}
