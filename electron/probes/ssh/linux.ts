import { readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { ProbeDefinition } from '../probe';
import { readTextFile, runCommand, withTimeout, type ProbeRun } from '../exec';

const MAIN_CONFIG = '/etc/ssh/sshd_config';
/** sshd refuses deeper nesting (SERVCONF_MAX_DEPTH in servconf.c). */
const MAX_INCLUDE_DEPTH = 16;

export const linuxSshdEffective: ProbeDefinition = {
  id: 'linux.sshd-effective',
  platform: 'linux',
  format: 'text',
  command: '/usr/sbin/sshd -T',
  note: 'The effective server configuration, one lower-case "keyword value" per line. Needs root and the host keys (non-root: "no hostkeys available", exit 1); Debian also needs /run/sshd, which exists only while sshd runs. not-found means no OpenSSH server is installed.',
  timeoutMs: 5000,
  run() {
    return runCommand('/usr/sbin/sshd', ['-T'], { timeoutMs: this.timeoutMs });
  },
};

/** The patterns of an `Include` line (sshd accepts `Include a b` and `Include=a`), or null for any other line. */
function includePatterns(line: string): string[] | null {
  const m = /^\s*include(?:\s*=\s*|\s+)(.*)$/i.exec(line);
  if (!m) return null;
  return [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((t) => t[1] ?? t[2]!).filter((t) => t !== '' && !t.startsWith('#'));
}

function globRegex(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\[!/g, '[^');
  return new RegExp(`^${body}$`);
}

/** Expands one Include pattern like glob(3): sorted, nothing when the folder is missing. */
async function expand(pattern: string): Promise<{ files: string[] } | { problem: string }> {
  const path = isAbsolute(pattern) ? pattern : join(dirname(MAIN_CONFIG), pattern);
  const dir = dirname(path);
  const name = path.slice(dir.length + 1);
  if (/[*?[]/.test(dir)) return { problem: 'wildcards in a folder name are not expanded' };
  if (!/[*?[]/.test(name)) return { files: [path] };
  try {
    const re = globRegex(name);
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.') && re.test(n)).sort();
    return { files: names.map((n) => join(dir, n)) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { files: [] } : { problem: code ?? (err as Error).message };
  }
}

/**
 * The main file and every file its Include lines name, each after a `==> path <==` line (the
 * header `tail` prints for several files), in the order sshd reads them. An included file that
 * cannot be read gets `==> path (not read: reason) <==`, so the parser knows a value may be hidden.
 */
async function readConfigFiles(): Promise<ProbeRun> {
  const main = await readTextFile(MAIN_CONFIG, 1024 * 1024);
  if (main.error) return main;
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (path: string, text: string, depth: number): Promise<void> => {
    out.push(`==> ${path} <==`, ...text.replace(/\n$/, '').split('\n'));
    seen.add(path);
    if (depth >= MAX_INCLUDE_DEPTH) return;
    for (const line of text.split('\n')) {
      for (const pattern of includePatterns(line) ?? []) {
        const expanded = await expand(pattern);
        if ('problem' in expanded) {
          out.push(`==> ${pattern} (not read: ${expanded.problem}) <==`);
          continue;
        }
        for (const file of expanded.files) {
          if (seen.has(file)) continue;
          const read = await readTextFile(file, 1024 * 1024);
          if (read.error) out.push(`==> ${file} (not read: ${read.error.kind}) <==`);
          else await visit(file, read.stdout, depth + 1);
        }
      }
    }
  };
  await visit(MAIN_CONFIG, main.stdout, 0);
  return { stdout: `${out.join('\n')}\n`, stderr: '', exitCode: 0 };
}

export const linuxSshdConfig: ProbeDefinition = {
  id: 'linux.sshd-config',
  platform: 'linux',
  format: 'text',
  command: 'read /etc/ssh/sshd_config and the files its Include lines name, each after a "==> path <==" line',
  note: 'Used when sshd -T cannot run (no root, no /run/sshd). The files are world-readable on Debian and RHEL; an included file that is not (e.g. 600 root) is marked "not read".',
  timeoutMs: 5000,
  async run() {
    const r = await withTimeout(readConfigFiles(), this.timeoutMs);
    return 'timedOut' in r ? { stdout: '', stderr: '', exitCode: null, error: { kind: 'timeout', message: `no answer within ${this.timeoutMs} ms` } } : r.value;
  },
};

export const linuxSshProbes: readonly ProbeDefinition[] = [linuxSshdEffective, linuxSshdConfig];
