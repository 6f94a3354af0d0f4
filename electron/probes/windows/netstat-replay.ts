import type { ProbeDefinition } from '../probe';

/**
 * Replay only: a caller types `netstat -ano > windows.netstat.txt` in Command Prompt and sends the
 * file. A live scan reads the same table through systeminformation (windows.connections).
 */
export const windowsNetstatReplay: ProbeDefinition = {
  id: 'windows.netstat',
  platform: 'win32',
  format: 'text',
  command: 'netstat -ano',
  note: 'Typed by the caller in Command Prompt (no administrator rights needed; PIDs of every socket are shown). English or Japanese Windows. Save as UTF-8: on Japanese Windows the console writes Shift_JIS, and PowerShell ">" writes UTF-16. Lines picked with findstr are read but count as incomplete.',
  timeoutMs: 0,
};
