import { z } from 'zod';
import type { Platform, ProbeFormat } from '../shared/types';

/** meta.json of a recorded folder. Everything but platform is optional, so a helpdesk can assemble one by hand. */
export const metaSchema = z.object({
  platform: z.enum(['linux', 'win32', 'darwin']),
  capturedAt: z.string().datetime({ offset: true }).nullable().optional(),
  os: z.string().nullable().optional(),
  hostname: z.string().nullable().optional(),
  locale: z.string().nullable().optional(),
  tool: z.string().optional(),
  probes: z
    .record(
      z.string(),
      z.object({
        format: z.enum(['text', 'json']).optional(),
        exitCode: z.number().int().nullable().optional(),
        durationMs: z.number().optional(),
        stderr: z.string().optional(),
        error: z.object({ kind: z.enum(['not-found', 'timeout', 'permission', 'failed', 'missing']), message: z.string() }).optional(),
      }),
    )
    .optional(),
});

export type RecordingMeta = z.infer<typeof metaSchema>;

export function rawFileName(probeId: string, format: ProbeFormat): string {
  return `${probeId}.${format === 'json' ? 'json' : 'txt'}`;
}

const PREFIXES: Record<string, Platform> = { linux: 'linux', windows: 'win32', macos: 'darwin' };

/** For folders without meta.json (what a caller typed and sent): the probe ids' OS prefix tells. */
export function platformFromFileNames(names: readonly string[]): Platform | null {
  const found = new Set(names.map((n) => PREFIXES[n.split('.')[0] ?? '']).filter((p): p is Platform => p !== undefined));
  return found.size === 1 ? [...found][0]! : null;
}
