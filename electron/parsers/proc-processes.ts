import { z } from 'zod';
import type { ProcessFacts } from '../shared/facts';
import { notUnderstood, parseJsonText, parsed, type ParseResult } from './parse-result';

/** The JSON the process-list probes write: one object per process (see docs/probes.md). */
const processListSchema = z.object({
  /** Effective uid the list was read with (0 = root); absent in hand-made folders. */
  viewerUid: z.number().int().nullable().optional(),
  processes: z.array(
    z.object({
      pid: z.number().int(),
      name: z.string(),
      exe: z.string().nullable(),
      exeUnreadable: z.boolean().optional(),
      cmdline: z.string(),
      user: z.string().nullable(),
    }),
  ),
  unreadable: z.number().int().min(0),
});

const DELETED = ' (deleted)';

export function parseProcessList(text: string): ParseResult<ProcessFacts> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const checked = processListSchema.safeParse(json.value);
  if (!checked.success) return notUnderstood(`unexpected shape: ${checked.error.issues[0]?.path.join('.')} ${checked.error.issues[0]?.message}`);
  const processes = checked.data.processes.map((p) => {
    const deleted = p.exe !== null && p.exe.endsWith(DELETED);
    return {
      pid: p.pid,
      name: p.name,
      exe: deleted ? p.exe!.slice(0, -DELETED.length) : p.exe,
      exeDeleted: deleted,
      cmdline: p.cmdline.slice(0, 300),
      user: p.user,
    };
  });
  const hidden = checked.data.processes.filter((p) => p.exeUnreadable).map((p) => ({ pid: p.pid, name: p.name }));
  const viewer = checked.data.viewerUid;
  return parsed({ processes, partial: checked.data.unreadable > 0, hidden, elevated: viewer === undefined || viewer === null ? null : viewer === 0 });
}
