import type { UnknownReason } from '../shared/types';
import type { ParseResult } from '../parsers/parse-result';
import type { RawSet } from './fact-source';
import { inventorySection } from './windows-inventory';
import { parseProblem, probeProblem } from './raw-helpers';

export type WindowsRead<T> = { ok: true; value: T; from: string } | { ok: false; reason: UnknownReason };

/** A hand-made file (replay only): its probe problem or parse problem becomes the reason. */
export function fromFile<T>(raws: RawSet, probeId: string, parse: (text: string) => ParseResult<T>): WindowsRead<T> {
  const raw = raws.get(probeId);
  const problem = probeProblem(probeId, raw);
  if (problem) return { ok: false, reason: problem };
  const result = parse(raw!.stdout);
  if (!result.ok) return { ok: false, reason: parseProblem(probeId, result.reason) };
  return { ok: true, value: result.value, from: probeId };
}

/**
 * The inventory's section when the inventory was captured; otherwise (a helpdesk folder) the first
 * hand-made file that is there, else the first file's reason.
 */
export function sectionOrFiles<T>(
  raws: RawSet,
  key: string,
  read: (value: unknown) => ParseResult<T>,
  files: readonly { probeId: string; parse: (text: string) => ParseResult<T> }[] = [],
): WindowsRead<T> {
  const section = inventorySection(raws, key, read);
  if (section.ok) return { ok: true, value: section.value, from: `windows.inventory ${key}` };
  if (!section.absent || files.length === 0) return { ok: false, reason: section.reason };
  const reads = files.map((f) => fromFile(raws, f.probeId, f.parse));
  const understood = reads.find((r) => r.ok);
  if (understood) return understood;
  // A file that is there but not understood says more than one that is missing.
  const there = files.findIndex((f) => { const raw = raws.get(f.probeId); return raw !== undefined && !raw.error; });
  return reads[Math.max(there, 0)]!;
}
