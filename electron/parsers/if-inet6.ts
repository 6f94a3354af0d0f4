import { notUnderstood, parsed, type ParseResult } from './parse-result';

/**
 * /proc/net/if_inet6: one line per IPv6 address, `address ifindex prefixlen scope flags device`,
 * all hexadecimal, the address as 32 digits without colons (Linux IPv6 HOWTO §11.4.1, and
 * net/ipv6/addrconf.c). Scope 00 is global; link-local is 20 and loopback 10.
 */
const LINE = /^([0-9a-f]{32})\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]{2})\s+([0-9a-f]+)\s+\S+$/i;

/** IFA_F_DADFAILED: the kernel found the address in use elsewhere and does not use it. */
const DAD_FAILED = 0x08;

/**
 * The addresses the internet can reach this PC at: global scope, not unique-local (fc00::/7, which
 * routers do not forward to the internet), not failed. Empty when there is none (a file with the
 * loopback only, as with IPv6 turned off on every interface).
 */
export function internetIPv6(text: string): ParseResult<string[]> {
  const found: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const m = LINE.exec(line);
    if (!m) return notUnderstood(`not an if_inet6 line: "${line}"`);
    const [, hex, scope, flags] = m as unknown as [string, string, string, string];
    const ula = (Number.parseInt(hex.slice(0, 2), 16) & 0xfe) === 0xfc;
    if (scope !== '00' || ula || (Number.parseInt(flags, 16) & DAD_FAILED) !== 0) continue;
    found.push(hex.toLowerCase().match(/.{4}/g)!.map((g) => g.replace(/^0{1,3}/, '')).join(':'));
  }
  return parsed(found);
}
