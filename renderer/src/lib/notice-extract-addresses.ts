import ipaddr from 'ipaddr.js';

export interface FoundAddresses {
  /** The customer's own address, which ISPs often mask ("xx.204.161.89"). */
  yours: string[];
  /** Where the traffic went, when a label before the address says so. */
  destinations: string[];
  ports: number[];
}

/** An IPv4 octet, or one an ISP masked with x or *. */
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d|[xX*]{1,3})`;
const IPV4 = new RegExp(String.raw`(?<![\w.*])${OCTET}(?:\.${OCTET}){3}(?![\w*]|\.\w)(?::(?<port>\d{1,5})(?!\d))?`, 'g');
const IPV6_BRACKETED = /\[(?<addr>[0-9A-Fa-f:.]+)\](?::(?<port>\d{1,5})(?!\d))?/g;
const IPV6_BARE = /(?<![\w:.[])(?<addr>[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:.\]])/g;

/** Words that name a destination before its address (X-ARF "Destination", 接続先, C&C …). */
const DESTINATION_LABEL = /接続先|通信先|宛先|送信先|遮断先|サーバ|destination|\bdest\b|\bziel|c&c|\bc2\b|command|server|contacted|connect(?:ed|ing|ion)? to|verbindung zu/i;

/** "port 6667", 「ポート番号:6667」, "Destination-Port: 6667"; never the customer's own source port, nor "report 2021" or 「サポート 0120…」. */
const PORT_LABELLED = /(?<![a-zァ-ヶー])(?<!(?:source|src|quell|送信元|発信元|接続元|ソース)[-\s]?)(?:ports?(?:[-\s]?(?:number|no\.?|nummer))?|ポート(?:番号)?)\s{0,3}[:=]?\s{0,3}(?<port>\d{1,5})(?!\d)/gi;
const PORT_JA_AFTER = /(?<![\d.])(?<port>\d{1,5})\s{0,3}番\s{0,3}ポート/g;

const validPort = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 65535;

interface Hit { address: string; index: number; end: number; port: number | null; masked: boolean }

/** "Server version 2.0.1.5", "v 1.2.3.4", "build 1.2.3.4", 「バージョン番号: 3.1.0.2」: four numbers that are no address. */
const VERSION_BEFORE = /(?:(?<![a-z])(?:version|ver\.?|v|build)|バージョン(?:番号)?)\s{0,3}[:=：]?\s{0,3}$/i;

function ipv4Hits(text: string): Hit[] {
  return [...text.matchAll(IPV4)].flatMap((m) => {
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return [];
    const address = m[0].replace(/:\d+$/, '');
    const numeric = address.split('.').filter((o) => /^\d+$/.test(o)).length;
    // A masked address still needs enough digits to recognise; "x.x.x.1" could be anything.
    if (numeric < 2) return [];
    return [{ address, index: m.index, end: m.index + m[0].length, port: m.groups?.port ? Number(m.groups.port) : null, masked: numeric < 4 }];
  });
}

function ipv6Hits(text: string): Hit[] {
  const bracketed = [...text.matchAll(IPV6_BRACKETED)].map((m) => ({ m, port: m.groups?.port ? Number(m.groups.port) : null }));
  const bare = [...text.matchAll(IPV6_BARE)].map((m) => ({ m, port: null }));
  return [...bracketed, ...bare].flatMap(({ m, port }) => {
    const address = m.groups?.addr ?? '';
    // Times (19:22:06) and MAC addresses have colons too; only a whole IPv6 address passes.
    if (!address.includes('::') && address.split(':').length !== 8) return [];
    if (!ipaddr.IPv6.isValid(address) || (address.match(/[0-9a-f]/gi) ?? []).length < 4) return [];
    return [{ address, index: m.index, end: m.index + m[0].length, port, masked: false }];
  });
}

/** Japanese also names the destination after the address: 「203.0.113.5 への通信」, 「… 宛」, 「… 向け」. */
const DESTINATION_AFTER = /^\s{0,3}(?:への|に向けた|向け|宛|と(?:の)?通信)/;

/** The label is the text between the previous address (or the line start) and this one, or the words right after it. */
function isDestination(text: string, hit: Hit, previousEnd: number): boolean {
  const lineStart = text.lastIndexOf('\n', hit.index - 1) + 1;
  return DESTINATION_LABEL.test(text.slice(Math.max(lineStart, previousEnd), hit.index)) || DESTINATION_AFTER.test(text.slice(hit.end, hit.end + 12));
}

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

export function findAddresses(text: string): FoundAddresses {
  const hits = [...ipv4Hits(text), ...ipv6Hits(text)].sort((a, b) => a.index - b.index);
  const yours: string[] = [];
  const destinations: string[] = [];
  const ports: number[] = [];
  hits.forEach((hit, i) => {
    const destination = !hit.masked && isDestination(text, hit, i > 0 ? hits[i - 1]!.end : 0);
    (destination ? destinations : yours).push(hit.address);
    // A port after the customer's own address is their source port: no use for matching.
    if (destination && hit.port !== null && validPort(hit.port)) ports.push(hit.port);
  });
  for (const re of [PORT_LABELLED, PORT_JA_AFTER]) {
    for (const m of text.matchAll(re)) {
      const port = Number(m.groups?.port);
      if (validPort(port)) ports.push(port);
    }
  }
  return { yours: unique(yours), destinations: unique(destinations), ports: unique(ports) };
}
