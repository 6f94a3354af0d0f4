import { Command, Option } from 'commander';
import { scan } from '../engine/scan';
import { decodeSupportCode } from '../engine/support-code';
import { TOOL_VERSION } from '../engine/version';
import type { Lang, ProgressEvent } from '../shared/types';
import { loadActiveSignatures, signaturesHome } from '../signatures/store';
import { readAnswers } from './answers';
import { EXIT, exitCodeFor } from './exit-codes';
import { formatDecoded, formatText, statusLabel } from './format-text';
import { cliTranslator, defaultLang } from './messages';
import { renderProbesDoc } from './probes-doc';
import { fallbackNote, registerSignaturesCommand, type SignaturesCliOptions } from './signatures-command';

interface ScanFlags {
  lang: Lang;
  json?: boolean;
  record?: string;
  replay?: string;
  signatures: string[];
  answers?: string;
}

function progressPrinter(lang: Lang): (e: ProgressEvent) => void {
  const t = cliTranslator(lang);
  let total = 0;
  let done = 0;
  return (e) => {
    if (e.type === 'scan-started') total = e.checks.length;
    if (e.type === 'check-finished') {
      done++;
      process.stderr.write(`\r\x1b[K${t('progress', { done, total, id: e.result.id, status: statusLabel(t, e.result.status) })}`);
    }
    if (e.type === 'scan-finished') process.stderr.write('\r\x1b[K');
  };
}

async function runScan(flags: ScanFlags, options: SignaturesCliOptions): Promise<number> {
  if (flags.record && flags.replay) throw new Error('--record and --replay cannot be used together');
  const { signatures, active } = await loadActiveSignatures({ home: signaturesHome(), extraDirs: flags.signatures, ...(options.trustedKeys ? { trustedKeys: options.trustedKeys } : {}) });
  const note = fallbackNote(active, flags.lang);
  if (note) process.stderr.write(`${note}\n`);
  const answers = flags.answers ? await readAnswers(flags.answers) : {};
  const report = await scan({
    signatures,
    answers,
    ...(flags.replay ? { replayDir: flags.replay } : {}),
    ...(flags.record ? { recordDir: flags.record } : {}),
    ...(process.stderr.isTTY && !flags.json ? { onProgress: progressPrinter(flags.lang) } : {}),
  });
  const code = exitCodeFor(report);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const t = cliTranslator(flags.lang);
    process.stdout.write(`${formatText(report, flags.lang, t)}${t('exitHint', { code, meaning: t(`exit_${code}`) })}\n`);
  }
  return code;
}

export function buildProgram(options: SignaturesCliOptions = {}): Command {
  const program = new Command('botcheck')
    .description('Bot-infection self-check: is this PC protected, and does it show signs of a bot?')
    .version(TOOL_VERSION)
    .exitOverride();
  program
    .command('scan', { isDefault: true })
    .description('check this machine (or a recorded folder) and print the report')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['ja', 'en']).default(defaultLang()))
    .option('--json', 'print the report as JSON')
    .option('--record <dir>', 'also save every raw probe output into <dir> (must be new or empty)')
    .option('--replay <dir>', 'evaluate a recorded folder instead of this machine')
    .option('--signatures <dir>', 'extra signatures folder (repeatable): data JSON, Feodo Tracker CSV, IP/CIDR lists', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--answers <file>', 'answers to the behaviour questions, as JSON {"MAN-001": "never"}')
    .action(async (flags: ScanFlags) => {
      process.exitCode = await runScan(flags, options);
    });
  program
    .command('decode <code>')
    .description('decode a support code a caller read out: OS, both headlines and every check status')
    .addOption(new Option('--lang <lang>', 'language').choices(['ja', 'en']).default(defaultLang()))
    .option('--json', 'print as JSON')
    .action((code: string, flags: { lang: Lang; json?: boolean }) => {
      const decoded = decodeSupportCode(code);
      if ('error' in decoded) {
        process.stderr.write(`${cliTranslator(flags.lang)('error', { message: decoded.error[flags.lang] })}\n`);
        process.exitCode = EXIT.error;
        return;
      }
      process.stdout.write(flags.json ? `${JSON.stringify(decoded, null, 2)}\n` : formatDecoded(decoded, flags.lang, cliTranslator(flags.lang)));
    });
  program
    .command('probes')
    .description('list every probe: id, OS, exact command, recorded file name and format (Markdown)')
    .action(() => {
      process.stdout.write(renderProbesDoc());
    });
  registerSignaturesCommand(program, options);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message: string };
    if (e.code?.startsWith('commander.')) {
      process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : EXIT.error;
      return;
    }
    process.stderr.write(`${cliTranslator(defaultLang())('error', { message: e.message })}\n`);
    process.exitCode = EXIT.error;
  }
}
