import type { Platform, ProbeFormat } from '../shared/types';
import type { ProbeRun } from './exec';

/**
 * One probe: a stable id, the exact command (as documented in docs/probes.md) and a run function.
 * A probe produces exactly one raw output, recorded as `<id>.txt` or `<id>.json`.
 */
export interface ProbeDefinition {
  id: string;
  platform: Platform;
  format: ProbeFormat;
  /** The exact command or source, for docs/probes.md and `botcheck probes`. */
  command: string;
  /** Why the probe exists and what rights it needs. */
  note: string;
  timeoutMs: number;
  /**
   * Absent for replay-only probes: files a helpdesk can ask a caller to produce by hand (`netstat -ano`,
   * `systeminfo` …). A live scan gets the same facts from the batched probe and never plans these.
   */
  run?: () => Promise<ProbeRun>;
}
