import type { CheckDefinition } from '../checks/check';
import { factSourceFor } from '../facts/index';
import type { FactSource } from '../facts/fact-source';
import { PROBE_BY_ID } from '../probes/catalog';
import type { ProbeDefinition } from '../probes/probe';
import type { FactName } from '../shared/facts';
import type { Platform } from '../shared/types';

export interface PlannedCheck {
  check: CheckDefinition;
  /** Fact sources this check reads on this platform (a fact with no source stays unknown). */
  sources: FactSource[];
  probes: string[];
}

export interface Plan {
  platform: Platform;
  checks: PlannedCheck[];
  /** Each probe once, however many checks read it. */
  probes: ProbeDefinition[];
}

/**
 * Decides, before anything runs, which probes a scan needs: each once. A live scan leaves out the
 * replay-only probes (files a person produced by hand); a replay reads them when they are there.
 */
export function makePlan(platform: Platform, checks: readonly CheckDefinition[], mode: 'live' | 'replay'): Plan {
  const planned: PlannedCheck[] = [];
  const probeIds = new Set<string>();
  for (const check of checks) {
    if (!check.platforms.includes(platform)) continue;
    const sources = check.needs.map((f: FactName) => factSourceFor(platform, f)).filter((s): s is FactSource => s !== undefined);
    const probes = [...new Set(sources.flatMap((s) => s.probes))].filter((id) => mode === 'replay' || PROBE_BY_ID.get(id)?.run !== undefined);
    probes.forEach((p) => probeIds.add(p));
    planned.push({ check, sources, probes });
  }
  const probes = [...probeIds].map((id) => {
    const probe = PROBE_BY_ID.get(id);
    if (!probe) throw new Error(`fact source names probe "${id}", which is not in the catalog`);
    return probe;
  });
  return { platform, checks: planned, probes };
}
