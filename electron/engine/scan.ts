import { hostname } from 'node:os';
import type { CheckDefinition } from '../checks/check';
import { CHECKS } from '../checks/index';
import type { RawSet } from '../facts/fact-source';
import type { FactMap, FactName, FactResult } from '../shared/facts';
import type { Item, Platform, ProgressEvent, RawOutput, Report } from '../shared/types';
import type { Signatures } from '../signatures/types';
import { connectionTable } from './connection-table';
import { evaluateCheck, FactCache } from './evaluate';
import { headline } from './headlines';
import { runProbes } from './live-source';
import { makePlan, type PlannedCheck } from './plan';
import { assertRecordTarget, writeRecording } from './record-writer';
import { openReplay, replayProbe } from './replay-source';
import { encodeSupportCode } from './support-code';
import { TOOL_VERSION } from './version';

export interface ScanOptions {
  signatures: Signatures;
  /** Evaluate a recorded folder instead of this machine; no OS access at all. */
  replayDir?: string;
  /** Also save every raw output there (live scans). */
  recordDir?: string;
  answers?: Readonly<Record<string, string>>;
  onProgress?: (event: ProgressEvent) => void;
  /** For tests: which checks to run (default: all). */
  checks?: readonly CheckDefinition[];
  /** For tests of a live scan: the platform (default: this machine's). */
  platform?: Platform;
}

const ITEM_ORDER: Item[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'exposure', 'p2p', 'net', 'logs'];

function hostPlatform(): Platform {
  const p = process.platform;
  if (p === 'linux' || p === 'win32' || p === 'darwin') return p;
  throw new Error(`unsupported platform ${p}`);
}

function mapRawSet(raws: Map<string, RawOutput>): RawSet {
  return { get: (id) => raws.get(id) };
}

export async function scan(options: ScanOptions): Promise<Report> {
  const emit = options.onProgress ?? (() => undefined);
  const answers = options.answers ?? {};
  const replay = options.replayDir ? await openReplay(options.replayDir) : null;
  if (options.recordDir) await assertRecordTarget(options.recordDir);
  const platform = replay?.platform ?? options.platform ?? hostPlatform();
  const capturedAtText = replay ? (replay.meta?.capturedAt ?? null) : new Date().toISOString();
  const capturedAt = capturedAtText ? new Date(capturedAtText) : null;
  const plan = makePlan(platform, options.checks ?? CHECKS, replay ? 'replay' : 'live');
  emit({ type: 'scan-started', checks: plan.checks.map((c) => ({ id: c.check.id, title: c.check.title })), probes: plan.probes.map((p) => p.id) });

  const raws = new Map<string, RawOutput>();
  const facts = new FactCache(mapRawSet(raws), { platform, capturedAt });
  const ctx = { platform, capturedAt, signatures: options.signatures, answers };
  const results = new Map<string, ReturnType<typeof evaluateCheck>>();
  const pending = new Set<PlannedCheck>(plan.checks);
  const evaluateReady = (): void => {
    for (const planned of [...pending]) {
      if (!planned.probes.every((p) => raws.has(p))) continue;
      pending.delete(planned);
      emit({ type: 'check-started', id: planned.check.id });
      const result = evaluateCheck(planned, facts, ctx);
      results.set(planned.check.id, result);
      emit({ type: 'check-finished', result });
    }
  };
  evaluateReady();
  if (replay) {
    for (const probe of plan.probes) {
      const raw = await replayProbe(replay, probe);
      raws.set(probe.id, raw);
      emit({ type: 'probe-finished', probeId: probe.id, durationMs: raw.durationMs, ...(raw.error ? { error: raw.error } : {}) });
      evaluateReady();
    }
  } else {
    await runProbes(plan.probes, (raw) => {
      raws.set(raw.probeId, raw);
      evaluateReady();
    }, emit);
  }

  const checks = plan.checks
    .map((c) => results.get(c.check.id)!)
    .sort((a, b) => ITEM_ORDER.indexOf(a.item) - ITEM_ORDER.indexOf(b.item) || a.id.localeCompare(b.id));
  const factOf = <K extends FactName>(fact: K): FactResult<FactMap[K]> | null => {
    const source = plan.checks.flatMap((c) => c.sources).find((s) => s.fact === fact);
    return source ? (facts.get(source) as FactResult<FactMap[K]>) : null;
  };
  const os = factOf('os');
  const locale = replay ? (replay.meta?.locale ?? null) : Intl.DateTimeFormat().resolvedOptions().locale;
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'botcheck', version: TOOL_VERSION },
    mode: replay ? 'replay' : 'live',
    capturedAt: capturedAtText,
    generatedAt: new Date().toISOString(),
    host: {
      platform,
      os: os?.ok ? os.value.prettyName : (replay?.meta?.os ?? null),
      hostname: replay ? (replay.meta?.hostname ?? null) : hostname(),
      locale,
    },
    signatures: { version: options.signatures.version, date: options.signatures.date, extra: options.signatures.extra },
    headlines: { protection: headline('protection', checks), infection: headline('infection', checks) },
    checks,
    probes: plan.probes.map((p) => {
      const raw = raws.get(p.id)!;
      return { id: p.id, format: p.format, exitCode: raw.exitCode, durationMs: raw.durationMs, ...(raw.error ? { error: raw.error } : {}) };
    }),
    supportCode: encodeSupportCode({ host: { platform } as Report['host'], checks }),
    connections: connectionTable(factOf('connections'), factOf('processes'), checks),
  };
  if (options.recordDir && !replay) {
    await writeRecording(options.recordDir, [...raws.values()], {
      platform,
      capturedAt: capturedAtText,
      os: report.host.os,
      hostname: report.host.hostname,
      locale,
      tool: `botcheck ${TOOL_VERSION}`,
      probes: Object.fromEntries(
        [...raws.values()].map((r) => [r.probeId, { format: r.format, exitCode: r.exitCode, durationMs: r.durationMs, ...(r.stderr ? { stderr: r.stderr } : {}), ...(r.error ? { error: r.error } : {}) }]),
      ),
    });
  }
  emit({ type: 'scan-finished', report });
  return report;
}
