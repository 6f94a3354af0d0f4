// Preloaded with `node --import` into the CLI under measurement. At exit it writes the process's own
// peak resident set size in kilobytes (getrusage ru_maxrss, the same figure as VmHWM on Linux), so the
// bench measures the CLI's Node process itself and not the programs its probes start.
import { writeFileSync } from 'node:fs';

const target = process.env.BOTCHECK_BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
