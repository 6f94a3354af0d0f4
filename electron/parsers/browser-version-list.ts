import type { ProbeError } from '../shared/types';
import { notUnderstood, parseJsonText, parsed, type ParseResult } from './parse-result';

/** One candidate path the linux.browsers probe ran `--version` on. */
export interface BrowserRun {
  path: string;
  stdout: string;
  exitCode: number | null;
  error: ProbeError | null;
}

const ERROR_KINDS = new Set(['not-found', 'timeout', 'permission', 'failed', 'missing']);

function asRun(item: unknown): BrowserRun | null {
  if (typeof item !== 'object' || item === null) return null;
  const o = item as Record<string, unknown>;
  if (typeof o.path !== 'string' || typeof o.stdout !== 'string') return null;
  if (o.exitCode !== null && typeof o.exitCode !== 'number') return null;
  let error: ProbeError | null = null;
  if (o.error !== null && o.error !== undefined) {
    const e = o.error as Record<string, unknown>;
    if (typeof e !== 'object' || typeof e.kind !== 'string' || !ERROR_KINDS.has(e.kind) || typeof e.message !== 'string') return null;
    error = { kind: e.kind as ProbeError['kind'], message: e.message };
  }
  return { path: o.path, stdout: o.stdout, exitCode: o.exitCode as number | null, error };
}

/** The linux.browsers probe's JSON: an array of `{path, stdout, exitCode, error}`, empty when no browser was found. */
export function parseBrowserVersionList(text: string): ParseResult<BrowserRun[]> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  if (!Array.isArray(json.value)) return notUnderstood('not a JSON array');
  const runs: BrowserRun[] = [];
  for (const item of json.value) {
    const run = asRun(item);
    if (!run) return notUnderstood('an entry lacks path, stdout, exitCode or error');
    runs.push(run);
  }
  return parsed(runs);
}
