import { readdir, readFile, readlink } from 'node:fs/promises';
import type { ProbeDefinition } from '../probe';
import { withTimeout, type ProbeRun } from '../exec';

async function uidNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  try {
    for (const line of (await readFile('/etc/passwd', 'utf8')).split('\n')) {
      const [name, , uid] = line.split(':');
      if (name && uid) names.set(uid, name);
    }
  } catch {
    // Without /etc/passwd the numeric uid is still shown.
  }
  return names;
}

async function readProc(): Promise<ProbeRun> {
  const users = await uidNames();
  const pids = (await readdir('/proc')).filter((d) => /^\d+$/.test(d));
  let unreadable = 0;
  const processes = [];
  for (const pid of pids) {
    const base = `/proc/${pid}`;
    let name: string;
    let status: string;
    try {
      [name, status] = await Promise.all([readFile(`${base}/comm`, 'utf8'), readFile(`${base}/status`, 'utf8')]);
    } catch {
      continue; // the process ended while the list was read
    }
    let exe: string | null = null;
    let exeUnreadable = false;
    try {
      exe = await readlink(`${base}/exe`);
    } catch (err) {
      // Kernel threads have no exe (ENOENT); other users' processes need root (EACCES).
      exeUnreadable = (err as NodeJS.ErrnoException).code === 'EACCES';
      if (exeUnreadable) unreadable++;
    }
    let cmdline = '';
    try {
      cmdline = (await readFile(`${base}/cmdline`, 'utf8')).split('\0').filter(Boolean).join(' ').slice(0, 300);
    } catch {
      cmdline = '';
    }
    const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1] ?? null;
    processes.push({ pid: Number(pid), name: name.trim(), exe, exeUnreadable, cmdline, user: uid === null ? null : users.get(uid) ?? uid });
  }
  return { stdout: JSON.stringify({ viewerUid: process.getuid?.() ?? null, processes, unreadable }), stderr: '', exitCode: 0 };
}

export const linuxProcesses: ProbeDefinition = {
  id: 'linux.processes',
  platform: 'linux',
  format: 'json',
  command: 'read /proc/<pid>/{comm,status,exe,cmdline} for every process',
  note: 'Executable paths of other users\' processes need root; they are counted as unreadable.',
  timeoutMs: 5000,
  async run() {
    const r = await withTimeout(readProc(), this.timeoutMs);
    return 'timedOut' in r ? { stdout: '', stderr: '', exitCode: null, error: { kind: 'timeout', message: `no answer within ${this.timeoutMs} ms` } } : r.value;
  },
};
