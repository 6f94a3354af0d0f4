import type { ProcessFacts, ProcessInfo } from '../shared/facts';
import { notUnderstood, parsed, type ParseResult } from './parse-result';

const ROW = /^\s*(\d+)\s+(\S+)\s+(.+?)\s*$/;
const HEADER = /^\s*PID\s+USER\s+COMM(AND)?\s*$/;

/**
 * `ps -axww -o pid=,user=,comm=` on macOS: comm is the path the program was started from
 * ("/usr/libexec/logd", paths with spaces included), a bare name for some (login shells "-zsh",
 * kernel_task), and "(name)" in parentheses where ps could not read the process's arguments.
 * A header line from `-o pid,user,comm` is allowed, so a pasted list parses too.
 */
export function parsePsProcesses(text: string): ParseResult<ProcessFacts> {
  const processes: ProcessInfo[] = [];
  const hidden: { pid: number; name: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || HEADER.test(line)) continue;
    const m = ROW.exec(line);
    if (!m) return notUnderstood(`line not understood: "${line.slice(0, 80)}"`);
    const pid = Number(m[1]);
    const comm = m[3]!;
    const unreadable = /^\(.*\)$/.test(comm);
    const exe = comm.startsWith('/') ? comm : null;
    const name = unreadable ? comm.slice(1, -1) : (exe ? comm.slice(comm.lastIndexOf('/') + 1) : comm);
    if (unreadable) hidden.push({ pid, name });
    processes.push({ pid, name, exe, exeDeleted: false, cmdline: comm.slice(0, 300), user: m[2]! });
  }
  if (processes.length === 0) return notUnderstood('no processes listed');
  return parsed({ processes, partial: hidden.length > 0, hidden, elevated: null });
}
