import { notUnderstood, parsed, type ParseResult } from './parse-result';
import { summariseInputChain, type Chain, type ChainRule, type InputChain, type RuleVerdict } from './netfilter-chains';

/** `nft list ruleset`: every table, and for each its filter chains on the input hook. */
export interface NftTable {
  /** ip, ip6, inet, arp, bridge, netdev. */
  family: string;
  name: string;
  /** `flags dormant`: the table is loaded but not evaluated. */
  dormant: boolean;
  /** Base chains of type filter on the input hook, in the order printed. */
  inputChains: InputChain[];
}

export interface NftRuleset {
  /** Empty when no ruleset is loaded (nft then prints nothing and exits 0). */
  tables: NftTable[];
}

/** Non-root: `Operation not permitted (you must be root)` / `netlink: Error: cache initialization failed: Operation not permitted`. */
export function nftNeedsRoot(text: string): boolean {
  return /you must be root|Operation not permitted/.test(text);
}

const TABLE = /^table (\S+) (\S+) \{$/;
const CHAIN = /^chain (\S+) \{$/;
const HOOK = /^type (\w+) hook (\w+)\b.*?;(?: policy (accept|drop);)?$/;

function unquote(name: string): string {
  return name.replace(/^"(.*)"$/, '$1');
}

/** Statements that neither match nor decide: a rule made only of these plus a verdict has no condition. */
const PASSIVE = /(?<=^|\s)(?:counter(?: packets \d+ bytes \d+)?|log(?: (?:prefix "(?:[^"\\]|\\.)*"|level \w+|flags [\w,]+|group \d+|snaplen \d+|queue-threshold \d+))*|comment "(?:[^"\\]|\\.)*")(?=\s|$)/g;
const VERDICT = /^(accept|drop|reject(?: with .+)?|return|(?:jump|goto) (\S+)|queue\b.*)$/;

function parseRule(text: string): ChainRule {
  const rest = text.replace(/\s*# handle \d+$/, '').replace(PASSIVE, ' ').replace(/\s+/g, ' ').trim();
  if (rest === '') return { text, unconditional: true, verdict: null, target: null };
  const whole = VERDICT.exec(rest);
  if (whole) return { text, unconditional: true, verdict: verdictWord(whole[1]!), target: whole[2] ? unquote(whole[2]) : null };
  const tail = /(?:^| )(accept|drop|reject(?: with .+)?|return|(?:jump|goto) (\S+))$/.exec(rest);
  return { text, unconditional: false, verdict: tail ? verdictWord(tail[1]!) : null, target: tail?.[2] ? unquote(tail[2]) : null };
}

function verdictWord(v: string): RuleVerdict {
  return v.split(' ')[0] as RuleVerdict;
}

function braceBalance(line: string): number {
  const bare = line.replace(/"(?:[^"\\]|\\.)*"/g, '');
  return (bare.match(/\{/g)?.length ?? 0) - (bare.match(/\}/g)?.length ?? 0);
}

interface OpenTable {
  family: string;
  name: string;
  dormant: boolean;
  chains: Map<string, Chain>;
  hooks: Map<string, { type: string; hook: string }>;
}

function finishTable(t: OpenTable): NftTable {
  const inputChains = [...t.chains.values()]
    .filter((c) => {
      const h = t.hooks.get(c.name);
      return h?.type === 'filter' && h.hook === 'input';
    })
    .map((c) => summariseInputChain(c, t.chains));
  return { family: t.family, name: t.name, dormant: t.dormant, inputChains };
}

export function parseNftRuleset(text: string): ParseResult<NftRuleset> {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const tables: NftTable[] = [];
  let table: OpenTable | null = null;
  let chain: Chain | null = null;
  /** Depth of a set / map / other block being skipped inside a table. */
  let skipDepth = 0;
  let pending = '';

  for (let i = 0; i < lines.length; i++) {
    let line = pending ? `${pending} ${lines[i]}` : lines[i]!;
    if (line === '') continue;
    if (!table) {
      if (line.startsWith('#')) continue;
      const m = TABLE.exec(line);
      if (!m) return notUnderstood(`unexpected line outside a table: "${line.slice(0, 80)}"`);
      table = { family: m[1]!, name: unquote(m[2]!), dormant: false, chains: new Map(), hooks: new Map() };
      continue;
    }
    if (skipDepth > 0) {
      skipDepth += braceBalance(line);
      continue;
    }
    if (chain) {
      if (line === '}') {
        table.chains.set(chain.name, chain);
        chain = null;
        continue;
      }
      // An inline anonymous set may wrap; join until its braces close.
      if (braceBalance(line) > 0) {
        pending = line;
        continue;
      }
      pending = '';
      const hook = HOOK.exec(line);
      if (hook) {
        table.hooks.set(chain.name, { type: hook[1]!, hook: hook[2]! });
        chain.policy = hook[3] === 'drop' ? 'drop' : 'accept';
        continue;
      }
      if (/^(comment "|devices? )/.test(line)) continue;
      chain.rules.push(parseRule(line));
      continue;
    }
    pending = '';
    if (line === '}') {
      tables.push(finishTable(table));
      table = null;
      continue;
    }
    if (/^flags\b.*\bdormant\b/.test(line)) {
      table.dormant = true;
      continue;
    }
    const c = CHAIN.exec(line);
    if (c) {
      chain = { name: unquote(c[1]!), policy: null, rules: [] };
      continue;
    }
    const depth = braceBalance(line);
    if (depth > 0) skipDepth = depth;
  }
  if (table || pending) return notUnderstood('output ends inside a table (cut off?)');
  return parsed({ tables });
}
