/**
 * Prints the README's checks table from the check registry; with --write, replaces it in README.md
 * between its markers. Usage: npx tsx scripts/checks-table.ts [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderChecksTable } from '../electron/cli/checks-table';

const table = renderChecksTable();
if (process.argv.includes('--write')) {
  const path = new URL('../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const updated = readme.replace(/(<!-- checks-table:[^\n]*-->\n)[\s\S]*?(\n<!-- \/checks-table -->)/, `$1${table}$2`);
  if (updated === readme && !readme.includes(table)) throw new Error('README.md has no checks-table markers');
  writeFileSync(path, updated);
} else {
  console.log(table);
}
