import { readdir, readFile } from 'node:fs/promises';

/**
 * Pids whose parent is `parent`, read from /proc/<pid>/stat (the `children` file needs
 * CONFIG_PROC_CHILDREN, which not every kernel has).
 */
export async function childrenOf(parent: number): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // The name field may hold spaces and parentheses; the fields after its closing ')' are fixed: state, ppid, …
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === parent) found.push(Number(entry));
  }
  return found;
}

/** The pid a process has inside its own (innermost) PID namespace: the last NSpid field. */
export async function pidInOwnNamespace(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const nspids = /^NSpid:\s+(.+)$/m.exec(status)?.[1]?.trim().split(/\s+/);
  return Number(nspids?.at(-1) ?? pid);
}
