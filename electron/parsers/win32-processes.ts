import { z } from 'zod';
import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { psList } from './ps-values';

/** One row of the inventory's `processes` section: Win32_Process through Select-Object (electron/probes/windows/sections/processes.ts). */
const rowSchema = z.object({
  ProcessId: z.number().int().min(0),
  Name: z.string(),
  /** null for other users' processes without administrator rights, and for protected processes even with them. */
  ExecutablePath: z.string().nullable(),
  CommandLine: z.string().nullable(),
});

/** The properties this parser reads, in order; the section's Select-Object names exactly these. */
export const WIN32_PROCESS_FIELDS = Object.keys(rowSchema.shape);

export interface Win32Process {
  pid: number;
  name: string;
  /** Absolute path of the executable; null when Windows did not say. */
  exe: string | null;
  /** Command line, at most 300 characters; '' when Windows did not say. */
  cmdline: string;
}

export function parseWin32Processes(value: unknown): ParseResult<Win32Process[]> {
  const rows = psList(value);
  if (rows.length === 0) return notUnderstood('no processes listed');
  const processes: Win32Process[] = [];
  for (const [i, item] of rows.entries()) {
    const row = rowSchema.safeParse(item);
    if (!row.success) return notUnderstood(`process ${i}: ${row.error.issues[0]?.path.join('.')} ${row.error.issues[0]?.message}`);
    const r = row.data;
    processes.push({
      pid: r.ProcessId,
      name: r.Name,
      exe: r.ExecutablePath && r.ExecutablePath.trim() !== '' ? r.ExecutablePath : null,
      cmdline: (r.CommandLine ?? '').slice(0, 300),
    });
  }
  return parsed(processes);
}
