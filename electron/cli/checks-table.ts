import { CHECKS } from '../checks/index';
import { factSourceFor } from '../facts/index';
import type { Platform } from '../shared/types';

const ITEM_NAMES: Record<string, string> = {
  a: '(a) antivirus',
  b: '(b) mail attachments',
  c: '(c) suspicious sites',
  d: '(d) browser',
  e: '(e) spam links',
  f: '(f) firewall',
  g: '(g) updates',
  exposure: 'exposure',
  p2p: 'file sharing',
  net: 'connections / processes',
  logs: 'logs',
};

const COLUMNS: [Platform, string][] = [['linux', 'Linux'], ['win32', 'Windows'], ['darwin', 'macOS']];

/** Whether every fact the check reads can be established on the platform (manual questions always can). */
function covered(needs: readonly string[], platforms: readonly Platform[], platform: Platform): boolean {
  return platforms.includes(platform) && needs.every((f) => factSourceFor(platform, f as Parameters<typeof factSourceFor>[1]) !== undefined);
}

/** The README's checks table, generated so it cannot drift from the code (a test compares them). */
export function renderChecksTable(): string {
  const head = `| ID | item | check | ${COLUMNS.map(([, n]) => n).join(' | ')} |`;
  const rule = `|---|---|---|${COLUMNS.map(() => '---').join('|')}|`;
  const rows = CHECKS.map((c) => `| ${c.id} | ${ITEM_NAMES[c.item]} | ${c.title.en} | ${COLUMNS.map(([p]) => (covered(c.needs, c.platforms, p) ? '✓' : '–')).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
