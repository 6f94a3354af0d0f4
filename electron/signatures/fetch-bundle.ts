import fetch from 'node-fetch';
import type { LocalizedText } from '../shared/types';

/** 'up-to-date': the server offers the version already in use; nothing to do, and not a failure. */
export type RefusalKind = 'no-url' | 'url' | 'network' | 'timeout' | 'http-status' | 'too-large' | 'truncated' | 'signature' | 'hash' | 'content' | 'version' | 'up-to-date' | 'busy' | 'write';

/** Why an update was refused, in both languages; whatever the kind, nothing on disk was changed. */
export class UpdateRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = 'UpdateRefused';
  }
}

export const refuse = (kind: RefusalKind, en: string, ja: string): UpdateRefused => new UpdateRefused(kind, { en, ja });

/** For the whole bundle, manifest included: the bundled set is a few dozen KB, large C2 lists a few MB. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** For each file, from the request to the last byte, so a server that trickles cannot hold an update open. */
export const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;

/** Plain http is allowed to this machine only (tests, a local mirror): 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host === '::1') return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/** Checked before every connection, redirects included. URL() has already normalised forms like 127.1 or [0::1]. */
export function checkUrl(url: URL): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return;
  if (url.protocol === 'http:') {
    throw refuse(
      'url',
      `${url.href}: plain http is refused, use https (http is allowed only to this machine — 127.0.0.0/8, ::1, localhost — for tests and local mirrors)`,
      `${url.href}: 暗号化されていない http では更新できません。https を使ってください(http はテストとローカルミラー用に、このコンピューター自身 — 127.0.0.0/8、::1、localhost — に限り使えます)`,
    );
  }
  throw refuse('url', `${url.href}: only https URLs are accepted (got ${url.protocol})`, `${url.href}: https の URL のみ使えます(指定は ${url.protocol})`);
}

/** The folder that holds manifest.json, manifest.json.sig and the files; a URL to manifest.json itself also works. */
export function bundleBaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refuse('url', `"${text}" is not a URL`, `「${text}」は URL ではありません`);
  }
  checkUrl(url);
  url.hash = '';
  url.search = '';
  if (url.pathname.endsWith('/manifest.json')) url.pathname = url.pathname.slice(0, -'manifest.json'.length);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

export function fileUrl(base: URL, name: string): URL {
  return new URL(name.split('/').map(encodeURIComponent).join('/'), base);
}

/** The size cap for a whole bundle, spent as bytes arrive. */
export class ByteBudget {
  used = 0;
  constructor(readonly limit: number) {}
  get remaining(): number {
    return this.limit - this.used;
  }
}

function tooLarge(url: URL, budget: ByteBudget, how: { announced: number } | { received: number }): UpdateRefused {
  const en = 'announced' in how ? `Content-Length ${how.announced}` : `stopped after ${how.received} bytes`;
  const ja = 'announced' in how ? `Content-Length ${how.announced}` : `${how.received} バイトで中止`;
  return refuse(
    'too-large',
    `${url.href}: larger than the download limit (${budget.remaining} of ${budget.limit} bytes left for this bundle; ${en})`,
    `${url.href}: ダウンロードの上限を超えています(この更新の上限 ${budget.limit} バイトのうち残り ${budget.remaining} バイト、${ja})`,
  );
}

function announcedLength(header: string | null): number | null {
  return header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : null;
}

/**
 * One file over https (or loopback http) into memory. The size is counted as the bytes stream in,
 * whatever Content-Length says; a body shorter than its Content-Length is a truncated download.
 * No compression is asked for, so the count is the size of the file itself.
 */
export async function fetchBytes(start: URL, budget: ByteBudget, timeoutMs: number): Promise<Buffer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let url = start;
  let announced: number | null = null;
  let received = 0;
  let reading = false;
  try {
    for (let hop = 0; ; hop++) {
      checkUrl(url);
      const res = await fetch(url.href, { signal: controller.signal, redirect: 'manual', compress: false, headers: { 'accept-encoding': 'identity', 'user-agent': 'botcheck-signatures-update' } });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        res.body?.resume();
        if (hop >= MAX_REDIRECTS) throw refuse('network', `${start.href}: more than ${MAX_REDIRECTS} redirects`, `${start.href}: リダイレクトが ${MAX_REDIRECTS} 回を超えました`);
        url = new URL(location, url);
        continue;
      }
      if (!res.ok) {
        res.body?.resume();
        throw refuse('http-status', `${url.href}: the server answered ${res.status} ${res.statusText}`, `${url.href}: サーバーの応答が ${res.status} ${res.statusText} でした`);
      }
      announced = announcedLength(res.headers.get('content-length'));
      if (announced !== null && announced > budget.remaining) throw tooLarge(url, budget, { announced });
      const chunks: Buffer[] = [];
      reading = true;
      for await (const chunk of res.body ?? []) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        received += buf.length;
        if (received > budget.remaining) throw tooLarge(url, budget, { received });
        chunks.push(buf);
      }
      if (announced !== null && received !== announced) throw new Error('body length differs from Content-Length');
      budget.used += received;
      return Buffer.concat(chunks);
    }
  } catch (err) {
    controller.abort();
    if (err instanceof UpdateRefused) throw err;
    if (timedOut) {
      throw refuse('timeout', `${url.href}: no complete answer within ${timeoutMs / 1000} s (received ${received} bytes)`, `${url.href}: ${timeoutMs / 1000} 秒以内に応答が完了しませんでした(受信 ${received} バイト)`);
    }
    if (reading) {
      const of = announced !== null ? ` of ${announced}` : '';
      const ofJa = announced !== null ? `${announced} バイト中 ` : '';
      throw refuse('truncated', `${url.href}: the download was cut off after ${received}${of} bytes`, `${url.href}: ダウンロードが途中で切れました(${ofJa}${received} バイト受信)`);
    }
    const reason = (err as Error).message;
    throw refuse('network', `${url.href}: cannot download (${reason})`, `${url.href}: ダウンロードできません(${reason})`);
  } finally {
    clearTimeout(timer);
  }
}
