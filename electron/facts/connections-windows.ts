import type { ConnectionFacts, FactResult } from '../shared/facts';
import type { UnknownReason } from '../shared/types';
import { parseNetstatAno, parseSiNetstatAno } from '../parsers/netstat-ano';
import { parseWin32Processes } from '../parsers/win32-processes';
import { defineFactSource, type RawSet } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const SI = 'windows.connections';
const NETSTAT = 'windows.netstat';
const PROBES = [SI, NETSTAT, INVENTORY] as const;

type Read = { table: ConnectionFacts; probe: string } | { problem: UnknownReason };

function fromSi(raws: RawSet): Read {
  const raw = raws.get(SI);
  const problem = probeProblem(SI, raw);
  if (problem) return { problem };
  const result = parseSiNetstatAno(raw!.stdout);
  return result.ok ? { table: result.value, probe: SI } : { problem: parseProblem(SI, result.reason) };
}

function fromNetstat(raws: RawSet): Read {
  const raw = raws.get(NETSTAT);
  const problem = probeProblem(NETSTAT, raw);
  if (problem) return { problem };
  const result = parseNetstatAno(raw!.stdout);
  if (!result.ok) return { problem: parseProblem(NETSTAT, result.reason) };
  if (!result.value.complete) {
    // findstr keeps only matching lines: what is missing could be the very connection that matters.
    const text = {
      en: `${NETSTAT}: the file holds only some lines of netstat -ano (no column headings, e.g. picked with findstr); send the whole output.`,
      ja: `${NETSTAT}: netstat -ano の一部の行しかありません (列見出しがなく、findstr などで抜き出したもの)。出力全体を送ってください。`,
    };
    return { problem: { kind: 'parse', text } };
  }
  const { connections, partialOwnership } = result.value;
  return { table: { connections, partialOwnership }, probe: NETSTAT };
}

/** A file that is simply not there says less than a file that could not be read. */
function eitherProblem(live: UnknownReason, typed: UnknownReason): UnknownReason {
  if (typed.kind === 'missing') return live;
  if (live.kind === 'missing') return typed;
  return { kind: live.kind, text: { en: `${live.text.en} ${typed.text.en}`, ja: `${live.text.ja} ${typed.text.ja}` } };
}

/** Owners' names by PID from the inventory's process list, when it is there. */
function withNames(raws: RawSet, table: ConnectionFacts): { table: ConnectionFacts; named: boolean } {
  const section = inventorySection(raws, 'processes', parseWin32Processes);
  if (!section.ok) return { table, named: false };
  const names = new Map(section.value.map((p) => [p.pid, p.name]));
  return { table: { ...table, connections: table.connections.map((c) => ({ ...c, process: c.pid === null ? c.process : (names.get(c.pid) ?? c.process) })) }, named: true };
}

/**
 * The socket table from systeminformation (netstat -nao) in a live scan or a recording, else the
 * `netstat -ano` a caller typed. Owners' names are joined from the inventory's process list.
 */
export const windowsConnectionsFact = defineFactSource({
  fact: 'connections',
  platform: 'win32',
  probes: PROBES,
  derive(raws): FactResult<ConnectionFacts> {
    let read = fromSi(raws);
    if ('problem' in read) {
      const typed = fromNetstat(raws);
      if ('problem' in typed) return unknownFact(PROBES, eitherProblem(read.problem, typed.problem));
      read = typed;
    }
    const { table, named } = withNames(raws, read.table);
    return knownFact(named ? [read.probe, INVENTORY] : [read.probe], table);
  },
});
