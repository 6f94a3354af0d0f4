/**
 * Malware families notices name (notices.md §1.4, §2, §5: Emotet, Mirai, WannaCry, Avalanche, spam
 * bots, dictionary attacks) and other common bot families, each with the spellings seen in the wild.
 * The first name is what the form gets.
 */
const FAMILIES: [name: string, pattern: RegExp][] = [
  ['Emotet', /\bemotet\b|エモテット/i],
  ['Mirai', /\bmirai\b/i],
  ['WannaCry', /\bwann?a[\s-]?cry\b|\bwannacrypt(?:or)?\b|\bwcry\b/i],
  ['Avalanche', /\bavalanche\b|アバランチ/i],
  ['Qakbot', /\b(?:qakbot|qbot|quakbot|pinkslipbot)\b/i],
  ['TrickBot', /\btrick\s?bot\b/i],
  ['IcedID', /\bicedid\b/i],
  ['Dridex', /\bdridex\b/i],
  ['Ursnif', /\b(?:ursnif|gozi|isfb)\b/i],
  ['Zeus', /\b(?:zeus|zbot)\b/i],
  ['Conficker', /\b(?:conficker|downadup)\b/i],
  ['Necurs', /\bnecurs\b/i],
  ['Andromeda', /\b(?:andromeda|gamarue)\b/i],
  ['Gafgyt', /\b(?:gafgyt|bashlite)\b/i],
  ['Mozi', /\bmozi\b/i],
  ['Hajime', /\bhajime\b/i],
  ['Ramnit', /\bramnit\b/i],
  ['Sality', /\bsality\b/i],
  ['Glupteba', /\bglupteba\b/i],
  ['Dorkbot', /\bdorkbot\b/i],
  ['njRAT', /\bnjrat\b/i],
  ['Agent Tesla', /\bagent\s?tesla\b/i],
  ['FormBook', /\bform\s?book\b/i],
  ['LokiBot', /\bloki\s?bot\b/i],
  ['spam bot', /\bspam\s?bot\b|スパムボット/i],
  ['dictionary password attack', /\bdictionary(?: password)? attack\b|辞書攻撃/i],
];

/** Family names the text mentions, in the order of the list. */
export function findMalware(text: string): string[] {
  return FAMILIES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** OCN's お客様番号, 1&1's Kundennummer/Vertragsnummer/Ticketnummer (notices.md §1.3, §2). */
const CUSTOMER_NUMBER = /お客様番号|お客さま番号|ご契約番号|契約者?番号|会員番号|受付番号|kundennummer|vertragsnummer|ticketnummer|(?:customer|account|contract|ticket|reference)[\s-](?:number|no\b)/i;

/** Only whether one is there: the number itself is never read out of the text. */
export function mentionsCustomerNumber(text: string): boolean {
  return CUSTOMER_NUMBER.test(text);
}
