/**
 * Netfilter chains as both `nft list ruleset` and `iptables-save` show them, reduced to what decides
 * the fate of an unsolicited inbound packet: one that matches none of the specific allow rules.
 */

export type RuleVerdict = 'accept' | 'drop' | 'reject' | 'return' | 'jump' | 'goto' | 'queue';

export interface ChainRule {
  /** The rule as printed, for evidence. */
  text: string;
  /** The rule has no match, so every packet that reaches it meets its verdict. */
  unconditional: boolean;
  /** Null for rules that only count, log or mark. */
  verdict: RuleVerdict | null;
  /** Chain named by jump / goto. */
  target: string | null;
}

export interface Chain {
  name: string;
  /** Base chains only; null for chains reached by jump / goto. */
  policy: 'accept' | 'drop' | null;
  rules: ChainRule[];
}

export interface InboundOutcome {
  /** True: unsolicited packets are dropped or rejected. Null: they are handed to a program (queue), which cannot be judged here. */
  blocks: boolean | null;
  /** What decided it: the chain policy, an unconditional rule in the chain, or an accept reached through a jump. */
  decidedBy: 'policy' | 'rule';
  /** The deciding rule as printed, when a rule decided. */
  rule: string | null;
}

/** One base chain on the input hook, summarised for a firewall layer. */
export interface InputChain {
  name: string;
  policy: 'accept' | 'drop';
  /** Rules directly in the chain (jumps count as one each). */
  ruleCount: number;
  outcome: InboundOutcome;
}

/**
 * Finds an unconditional accept reachable from `name` through unconditional jumps. Drops inside a
 * jumped-to chain are not trusted to block: ufw's `ufw-not-local` ends in an unconditional drop
 * after `return`s that every local packet takes, so only accepts are followed.
 */
function reachesAccept(name: string, chains: ReadonlyMap<string, Chain>, seen: Set<string>): ChainRule | null {
  const chain = chains.get(name);
  if (!chain || seen.has(name)) return null;
  seen.add(name);
  for (const rule of chain.rules) {
    if (!rule.unconditional || rule.verdict === null) continue;
    if (rule.verdict === 'accept') return rule;
    if (rule.verdict === 'jump' && rule.target) {
      const found = reachesAccept(rule.target, chains, seen);
      if (found) return found;
      continue;
    }
    if (rule.verdict === 'goto' && rule.target) return reachesAccept(rule.target, chains, seen);
    return null;
  }
  return null;
}

/**
 * Follows a base chain the way an unsolicited packet goes: conditional rules are passed by, the
 * first unconditional verdict decides, otherwise the policy does. `policy accept` followed by an
 * unconditional reject (firewalld) therefore blocks; an unconditional accept early on opens it.
 */
export function inboundOutcome(base: Chain, chains: ReadonlyMap<string, Chain>): InboundOutcome {
  const policy: InboundOutcome = { blocks: base.policy === 'drop', decidedBy: 'policy', rule: null };
  for (const rule of base.rules) {
    if (!rule.unconditional || rule.verdict === null) continue;
    switch (rule.verdict) {
      case 'accept':
        return { blocks: false, decidedBy: 'rule', rule: rule.text };
      case 'drop':
      case 'reject':
        return { blocks: true, decidedBy: 'rule', rule: rule.text };
      case 'queue':
        return { blocks: null, decidedBy: 'rule', rule: rule.text };
      case 'return':
        return policy;
      case 'jump':
      case 'goto': {
        const accepting = rule.target ? reachesAccept(rule.target, chains, new Set([base.name])) : null;
        if (accepting) return { blocks: false, decidedBy: 'rule', rule: `${rule.text} → ${accepting.text}` };
        if (rule.verdict === 'goto') return policy;
      }
    }
  }
  return policy;
}

export function summariseInputChain(base: Chain, chains: ReadonlyMap<string, Chain>): InputChain {
  return { name: base.name, policy: base.policy ?? 'accept', ruleCount: base.rules.length, outcome: inboundOutcome(base, chains) };
}

/** "chain input: policy drop, 9 rules", plus the deciding rule as printed when a rule decided; iptables prints policies in capitals. */
export function describeInputChain(chain: InputChain, policyCase: 'lower' | 'upper' = 'lower'): string {
  const policy = policyCase === 'upper' ? chain.policy.toUpperCase() : chain.policy;
  const head = `chain ${chain.name}: policy ${policy}, ${chain.ruleCount} rule${chain.ruleCount === 1 ? '' : 's'}`;
  const { outcome } = chain;
  if (outcome.decidedBy === 'policy') return head;
  if (outcome.blocks === true) return `${head}; unsolicited packets are refused by the rule: ${outcome.rule}`;
  if (outcome.blocks === false) return `${head}; every packet is let in by the rule: ${outcome.rule}`;
  return `${head}; every packet is handed to a program by the rule: ${outcome.rule}`;
}
