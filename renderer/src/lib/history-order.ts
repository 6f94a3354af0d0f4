import type { HistoryEntry } from '../../../electron/shared/ipc';

export function newestFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
