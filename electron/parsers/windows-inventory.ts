import { z } from 'zod';
import { notUnderstood, parseJsonText, parsed, type ParseResult } from './parse-result';

/** The envelope of the windows.inventory probe (electron/probes/windows/inventory-script.ts). */
export interface WindowsInventory {
  isAdmin: boolean | null;
  culture: string | null;
  sections: Record<string, { ok: true; value: unknown } | { ok: false; error: string }>;
}

const envelope = z.object({
  schema: z.literal(1),
  isAdmin: z.boolean().nullable().optional(),
  culture: z.string().nullable().optional(),
  sections: z.record(z.string(), z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })])),
});

export function parseWindowsInventory(text: string): ParseResult<WindowsInventory> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const checked = envelope.safeParse(json.value);
  if (!checked.success) return notUnderstood(`not a botcheck inventory: ${checked.error.issues[0]?.path.join('.')} ${checked.error.issues[0]?.message}`);
  const { isAdmin, culture, sections } = checked.data;
  return parsed({ isAdmin: isAdmin ?? null, culture: culture ?? null, sections: sections as WindowsInventory['sections'] });
}
