/** Prints the README's checks table from the check registry. Usage: npx tsx scripts/checks-table.ts */
import { renderChecksTable } from '../electron/cli/checks-table';

console.log(renderChecksTable());
