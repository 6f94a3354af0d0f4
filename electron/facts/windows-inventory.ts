import type { RawOutput, UnknownReason } from '../shared/types';
import type { ParseResult } from '../parsers/parse-result';
import { parseWindowsInventory, type WindowsInventory } from '../parsers/windows-inventory';
import type { RawSet } from './fact-source';
import { parseProblem, probeProblem } from './raw-helpers';

export const INVENTORY = 'windows.inventory';

/** Where a fact can come from on Windows: the inventory's section, or a file a person made by hand. */
export type SectionRead<T> = { ok: true; value: T; isAdmin: boolean | null } | { ok: false; reason: UnknownReason; absent: boolean };

/**
 * Every Windows fact reads a section of the same inventory: its JSON (several MB with the process
 * list) is parsed once per recorded output, not once per fact.
 */
const parsedInventories = new WeakMap<RawOutput, ParseResult<WindowsInventory>>();

function inventoryOf(raw: RawOutput): ParseResult<WindowsInventory> {
  let inventory = parsedInventories.get(raw);
  if (!inventory) {
    inventory = parseWindowsInventory(raw.stdout);
    parsedInventories.set(raw, inventory);
  }
  return inventory;
}

/**
 * One section of the inventory, parsed. `absent` tells the caller the inventory was not there at all
 * (a helpdesk folder), so it may try the hand-made files instead.
 */
export function inventorySection<T>(raws: RawSet, key: string, parse: (value: unknown) => ParseResult<T>): SectionRead<T> {
  const raw = raws.get(INVENTORY);
  const problem = probeProblem(INVENTORY, raw);
  if (problem) return { ok: false, reason: problem, absent: problem.kind === 'missing' };
  const inventory = inventoryOf(raw!);
  if (!inventory.ok) return { ok: false, reason: parseProblem(INVENTORY, inventory.reason), absent: false };
  const section = inventory.value.sections[key];
  if (!section) return { ok: false, reason: parseProblem(INVENTORY, `no "${key}" section`), absent: false };
  if (!section.ok) {
    // PowerShell's messages follow the Windows display language: English and Japanese wordings.
    const needsAdmin = /access (is )?denied|unauthorized|0x80041003|requires elevation|administrator|アクセスが拒否|権限がありません|管理者/i.test(section.error);
    const text = needsAdmin
      ? { en: `${INVENTORY} ${key}: needs administrator rights (${section.error}).`, ja: `${INVENTORY} ${key}: 管理者権限が必要です (${section.error})。` }
      : { en: `${INVENTORY} ${key}: failed (${section.error}).`, ja: `${INVENTORY} ${key}: 失敗しました (${section.error})。` };
    return { ok: false, reason: { kind: needsAdmin ? 'permission' : 'failed', text }, absent: false };
  }
  const value = parse(section.value);
  if (!value.ok) return { ok: false, reason: parseProblem(`${INVENTORY} ${key}`, value.reason), absent: false };
  return { ok: true, value: value.value, isAdmin: inventory.value.isAdmin };
}
