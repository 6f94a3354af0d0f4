import { PROBES } from '../probes/catalog';
import { rawFileName } from '../engine/recording';

const OS_NAME = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' } as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** docs/probes.md is this text exactly; a test keeps the file and the catalog equal. */
export function renderProbesDoc(): string {
  const rows = PROBES.map((p) => `| \`${p.id}\` | ${OS_NAME[p.platform]} | ${p.run ? '' : '*replay only:* '}\`${cell(p.command)}\` | \`${rawFileName(p.id, p.format)}\` | ${p.format} | ${(p.timeoutMs / 1000).toString()} s | ${cell(p.note)} |`);
  return [
    '# Probes',
    '',
    'Every probe botcheck runs: the only code that touches the OS. Each writes exactly one raw file when',
    'recorded (`botcheck scan --record DIR`), read back by `botcheck scan --replay DIR`; `DIR/meta.json`',
    'holds `platform`, `capturedAt` (ISO 8601; every age in a replay is measured from it), `os`, `hostname`,',
    '`locale` and, per probe, `exitCode`, `durationMs`, `stderr` (first 2,000 characters) and `error`',
    '(`not-found` = the program is not installed, `timeout`, `permission`, `failed`). A file missing from',
    'the folder makes the checks that need it *unknown*, never *pass*.',
    '',
    'Commands run with `execFile` (no shell), absolute paths, fixed arguments, `LC_ALL=C`, and the timeout',
    'shown. *Replay only* rows are files a helpdesk can ask a caller to produce by hand (in a plain command',
    'prompt or PowerShell window) and put into a replay folder under that name; a live scan gets the same',
    'facts from the batched probe. This file is generated: `node bin/botcheck.js probes > docs/probes.md`.',
    '',
    '| ID | OS | Command or source | File | Format | Timeout | Notes |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
