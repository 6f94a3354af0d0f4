import { open, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ProbeDefinition } from '../probe';
import { runCommand, withTimeout, type ProbeRun } from '../exec';

/** The checks look at seven days before the capture time; an hour more covers the seconds between capture time and this run. */
const JOURNAL_SPAN_MS = (7 * 24 + 1) * 60 * 60 * 1000;

/** systemd before v255 reads neither `T` nor `Z`; "YYYY-MM-DD HH:MM:SS UTC" works from old versions on. */
function journalSince(now: Date): string {
  return `${new Date(now.getTime() - JOURNAL_SPAN_MS).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export const linuxJournalSshd: ProbeDefinition = {
  id: 'linux.journal-sshd',
  platform: 'linux',
  format: 'text',
  command: '/usr/bin/journalctl --no-pager -o short-iso --since "<7 days and 1 hour before now> UTC" -t sshd -t sshd-session',
  note: 'Matches the syslog identifier (-t), which is in every message, rather than _COMM (lost when a short-lived pre-auth process exits before journald reads it) or a unit (ssh.service on Debian, sshd.service elsewhere, sshd@… per connection). sshd-session logs the logins from OpenSSH 9.8 on. Without root or the adm/systemd-journal group, stderr says "not seeing messages from other users": partial. "No journal files were found." on stderr: no journal.',
  timeoutMs: 30000,
  run() {
    const args = ['--no-pager', '-o', 'short-iso', '--since', journalSince(new Date()), '-t', 'sshd', '-t', 'sshd-session'];
    return runCommand('/usr/bin/journalctl', args, { timeoutMs: this.timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  },
};

const AUTH_LOGS = ['/var/log/auth.log', '/var/log/secure'];
/** A week of a brute-force attack is tens of megabytes; the newest part is what the checks need. */
const MAX_BYTES = 16 * 1024 * 1024;

type Tail = { text: string; size: number; read: number } | { error: NodeJS.ErrnoException };

async function tail(path: string, maxBytes: number): Promise<Tail> {
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const length = Math.min(size, maxBytes);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, size - length);
      return { text: buffer.subarray(0, bytesRead).toString('utf8'), size, read: bytesRead };
    } finally {
      await file.close();
    }
  } catch (err) {
    return { error: err as NodeJS.ErrnoException };
  }
}

/** The last rotation that logrotate left uncompressed: `auth.log.1` (Debian) or the newest `secure-YYYYMMDD` (RHEL dateext). */
async function rotatedSibling(path: string): Promise<string | null> {
  const name = basename(path);
  try {
    const names = await readdir(dirname(path));
    if (names.includes(`${name}.1`)) return join(dirname(path), `${name}.1`);
    const dated = names.filter((n) => n.startsWith(`${name}-`) && /^\d{8}$/.test(n.slice(name.length + 1))).sort();
    return dated.length > 0 ? join(dirname(path), dated.at(-1)!) : null;
  } catch {
    return null;
  }
}

/** "UTC+09:00": syslog's traditional time stamps are local time without a zone. */
function localOffset(now: Date): string {
  const minutes = -now.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function header(path: string, t: Tail, zone: string): string {
  if ('error' in t) return `==> ${path} (not read: ${t.error.code ?? t.error.message}) <==`;
  return t.read < t.size ? `==> ${path} (last ${t.read} of ${t.size} bytes; ${zone}) <==` : `==> ${path} (${zone}) <==`;
}

/**
 * The newest auth log and the rotation before it (together they reach back a week with weekly
 * rotation), oldest first, each after a `==> path (notes) <==` line giving the local UTC offset
 * and whether the start was cut.
 */
async function readAuthLog(): Promise<ProbeRun> {
  const zone = localOffset(new Date());
  for (const path of AUTH_LOGS) {
    const current = await tail(path, MAX_BYTES);
    if ('error' in current && current.error.code === 'ENOENT') continue;
    if ('error' in current) {
      const kind = current.error.code === 'EACCES' || current.error.code === 'EPERM' ? 'permission' : 'failed';
      return { stdout: '', stderr: '', exitCode: null, error: { kind, message: `${path}: ${current.error.code ?? current.error.message}` } };
    }
    const parts: string[] = [];
    const older = await rotatedSibling(path);
    const budget = MAX_BYTES - current.read;
    if (older && budget > 0) {
      const t = await tail(older, budget);
      parts.push(header(older, t, zone));
      if (!('error' in t)) parts.push(t.text.replace(/\n$/, ''));
    }
    parts.push(header(path, current, zone), current.text.replace(/\n$/, ''));
    return { stdout: `${parts.join('\n')}\n`, stderr: '', exitCode: 0 };
  }
  return { stdout: '', stderr: '', exitCode: null, error: { kind: 'not-found', message: `none of ${AUTH_LOGS.join(', ')} exists` } };
}

export const linuxAuthLog: ProbeDefinition = {
  id: 'linux.auth-log',
  platform: 'linux',
  format: 'text',
  command: 'read the last 16 MiB of /var/log/auth.log (Debian/Ubuntu) or /var/log/secure (RHEL), preceded by its last uncompressed rotation (auth.log.1 / newest secure-YYYYMMDD), each after a "==> path (notes) <==" line',
  note: 'Used when the journal is missing or partial. Readable by root and the adm group (Debian) or root only (RHEL); permission otherwise. The header records the local UTC offset, since traditional syslog time stamps carry neither zone nor year.',
  timeoutMs: 10000,
  async run() {
    const r = await withTimeout(readAuthLog(), this.timeoutMs);
    return 'timedOut' in r ? { stdout: '', stderr: '', exitCode: null, error: { kind: 'timeout', message: `no answer within ${this.timeoutMs} ms` } } : r.value;
  },
};

export const linuxLogProbes: readonly ProbeDefinition[] = [linuxJournalSshd, linuxAuthLog];
