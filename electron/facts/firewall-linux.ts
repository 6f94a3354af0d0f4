import type { FirewallFamily, FirewallLayer } from '../shared/facts';
import type { UnknownReason } from '../shared/types';
import { firewalldNeedsRoot, parseFirewalldState, parseFirewalldZone, type FirewalldZone } from '../parsers/firewalld';
import { iptablesNeedsRoot, legacyTablesHidden, parseIptablesSave, type IptablesSave } from '../parsers/iptables-save';
import { internetIPv6 } from '../parsers/if-inet6';
import { describeInputChain } from '../parsers/netfilter-chains';
import { nftNeedsRoot, parseNftRuleset, type NftTable } from '../parsers/nft-ruleset';
import type { ParseResult } from '../parsers/parse-result';
import { parseUfwStatus, ufwNeedsRoot, type UfwStatus } from '../parsers/ufw-status';
import { defineFactSource, type RawSet } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';

const UFW = 'linux.ufw-status';
const NFT = 'linux.nft-ruleset';
const IPT = 'linux.iptables-save';
const IP6T = 'linux.ip6tables-save';
const FWD_STATE = 'linux.firewalld-state';
const FWD_ZONE = 'linux.firewalld-zone';
const IF_INET6 = 'linux.if-inet6';
const PROBES = [UFW, NFT, IPT, IP6T, FWD_STATE, FWD_ZONE, IF_INET6] as const;

/** The internet IPv6 addresses, when read: none when the kernel has IPv6 off (no file). */
function readInternetIPv6(raws: RawSet): { internetIPv6?: string[] } {
  const raw = raws.get(IF_INET6);
  if (raw?.error?.kind === 'not-found') return { internetIPv6: [] };
  if (!raw || raw.error) return {};
  const found = internetIPv6(raw.stdout);
  return found.ok ? { internetIPv6: found.value } : {};
}

type Reading<T> = { kind: 'absent' } | { kind: 'ok'; value: T; stderr: string } | { kind: 'unreadable'; reason: UnknownReason };

function needsAdmin(probeId: string): UnknownReason {
  return {
    kind: 'permission',
    text: { en: `${probeId}: needs administrator rights (run with sudo).`, ja: `${probeId}: 管理者権限が必要です (sudo を付けて実行してください)。` },
  };
}

/**
 * Runs one probe's output through its parser; "not installed" and "no rights" are told apart from
 * failures. `answersOnStderr`: the tool answers on stderr with a non-zero exit (firewall-cmd says
 * "not running" so, exit 252), so the parser gets both streams whatever the exit code.
 */
function read<T>(
  raws: RawSet,
  probeId: string,
  parse: (text: string) => ParseResult<T>,
  needsRoot: (text: string) => boolean,
  answersOnStderr = false,
): Reading<T> {
  const raw = raws.get(probeId);
  if (raw?.error?.kind === 'not-found') return { kind: 'absent' };
  if (raw?.error?.kind === 'permission') return { kind: 'unreadable', reason: needsAdmin(probeId) };
  const problem = probeProblem(probeId, raw);
  if (problem) return { kind: 'unreadable', reason: problem };
  const { stdout, stderr, exitCode } = raw!;
  if (exitCode !== 0 && needsRoot(`${stderr}\n${stdout}`)) return { kind: 'unreadable', reason: needsAdmin(probeId) };
  if (exitCode !== 0 && !answersOnStderr) {
    const said = (stderr.trim() || stdout.trim()).split('\n')[0]?.slice(0, 160) ?? '';
    return {
      kind: 'unreadable',
      reason: {
        kind: 'failed',
        text: { en: `${probeId}: exited with code ${exitCode}${said ? ` (${said})` : ''}.`, ja: `${probeId}: 終了コード ${exitCode} で終了しました${said ? ` (${said})` : ''}。` },
      },
    };
  }
  const text = answersOnStderr ? `${stdout}\n${stderr}` : stdout;
  const result = parse(text);
  if (!result.ok) return { kind: 'unreadable', reason: parseProblem(probeId, result.reason) };
  return { kind: 'ok', value: result.value, stderr };
}

function notInstalled(name: string, family: FirewallFamily): FirewallLayer {
  return { name, family, installed: false, active: false, blocksInboundByDefault: false, inboundRuleCount: null, detail: 'not installed' };
}

function ufwLayer(s: UfwStatus): FirewallLayer {
  if (!s.active) return { name: 'ufw', family: 'both', installed: true, active: false, blocksInboundByDefault: false, inboundRuleCount: 0, detail: 'Status: inactive' };
  const blocks = s.defaultIncoming === null ? null : s.defaultIncoming !== 'allow';
  const shown = s.defaultIncoming === null ? 'default for incoming traffic not shown' : `Default: ${s.defaultIncoming} (incoming)`;
  return {
    name: 'ufw',
    family: 'both',
    installed: true,
    active: true,
    blocksInboundByDefault: blocks,
    inboundRuleCount: s.inboundRules,
    detail: `Status: active, ${shown}, ${s.inboundRules} rule${s.inboundRules === 1 ? '' : 's'} for incoming traffic`,
  };
}

function firewalldLayer(running: boolean, note: string | null, zone: Reading<FirewalldZone> | null): FirewallLayer {
  if (!running) {
    return { name: 'firewalld', family: 'both', installed: true, active: false, blocksInboundByDefault: false, inboundRuleCount: 0, detail: `not running${note ? `: ${note}` : ''}` };
  }
  if (!zone || zone.kind !== 'ok') {
    const why = zone?.kind === 'unreadable' ? zone.reason.text.en : 'zone not read';
    return { name: 'firewalld', family: 'both', installed: true, active: true, blocksInboundByDefault: null, inboundRuleCount: null, detail: `running; default zone could not be read: ${why}` };
  }
  const z = zone.value;
  const target = z.target.replace(/%/g, '');
  const open = [...z.services.map((s) => `service ${s}`), ...z.ports.map((p) => `port ${p}`), ...z.protocols.map((p) => `protocol ${p}`), ...z.sourcePorts.map((p) => `source port ${p}`)];
  const count = open.length + z.richRules.length;
  const blocks = target === 'ACCEPT' ? false : ['default', 'REJECT', 'DROP'].includes(target) ? true : null;
  return {
    name: 'firewalld',
    family: 'both',
    installed: true,
    active: true,
    blocksInboundByDefault: blocks,
    inboundRuleCount: count,
    detail: `running; default zone ${z.zone}: target ${z.target}, allows ${open.length ? open.join(', ') : 'nothing'}${z.richRules.length ? `, ${z.richRules.length} rich rules` : ''}`,
  };
}

function nftTableLayer(t: NftTable): FirewallLayer {
  const blocks = t.inputChains.some((c) => c.outcome.blocks === true) ? true : t.inputChains.some((c) => c.outcome.blocks === null) ? null : false;
  const rules = t.inputChains.reduce((n, c) => n + c.ruleCount, 0);
  const enforcing = t.inputChains.some((c) => c.policy === 'drop' || c.ruleCount > 0);
  const chains = t.inputChains.map((c) => describeInputChain(c)).join(' | ');
  return {
    name: `nftables table ${t.family} ${t.name}`,
    family: t.family === 'ip' ? 'ipv4' : t.family === 'ip6' ? 'ipv6' : 'both',
    installed: true,
    active: !t.dormant && enforcing,
    blocksInboundByDefault: t.dormant ? false : blocks,
    inboundRuleCount: rules,
    detail: t.dormant ? `table is dormant (not applied); ${chains}` : chains,
  };
}

/**
 * iptables-nft writes its rules into nft tables `ip filter` / `ip6 filter`; when iptables-save
 * already reported them, the same rules are not listed twice.
 */
function nftLayers(tables: NftTable[], shownByIptables: ReadonlySet<string>): FirewallLayer[] {
  const inbound = tables.filter((t) => t.inputChains.length > 0 && !shownByIptables.has(`${t.family} ${t.name}`));
  if (inbound.length > 0) return inbound.map(nftTableLayer);
  if (tables.some((t) => t.inputChains.length > 0)) return [];
  const detail = tables.length === 0 ? 'no ruleset loaded' : `no chain filters incoming traffic (tables: ${tables.map((t) => `${t.family} ${t.name}`).join(', ')})`;
  return [{ name: 'nftables', family: 'both', installed: true, active: false, blocksInboundByDefault: false, inboundRuleCount: 0, detail }];
}

function iptablesLayer(name: string, family: FirewallFamily, s: IptablesSave): FirewallLayer {
  const input = s.input;
  if (!input) return { name, family, installed: true, active: false, blocksInboundByDefault: false, inboundRuleCount: 0, detail: 'no filter table loaded' };
  return {
    name,
    family,
    installed: true,
    active: input.policy === 'drop' || input.ruleCount > 0,
    blocksInboundByDefault: input.outcome.blocks,
    inboundRuleCount: input.ruleCount,
    detail: `filter table, ${describeInputChain(input, 'upper')}`,
  };
}

/** Several readings failed for the same missing rights: one sentence, naming each. */
function combine(reasons: UnknownReason[]): UnknownReason {
  if (reasons.every((r) => r.kind === 'permission')) {
    const what = reasons.map((r) => r.text.en.split(':')[0]).join(', ');
    return {
      kind: 'permission',
      text: {
        en: `The firewall settings need administrator rights to read (run with sudo): ${what}.`,
        ja: `ファイアウォールの設定を読むには管理者権限が必要です (sudo を付けて実行してください): ${what}。`,
      },
    };
  }
  return { kind: reasons[0]!.kind, text: { en: reasons.map((r) => r.text.en).join(' '), ja: reasons.map((r) => r.text.ja).join(' ') } };
}

/**
 * Every Linux firewall front end and the kernel rulesets under them, as layers. Tools that are
 * not installed are layers too, so "nothing installed" is visible evidence. When nothing readable
 * is enforcing and some reading failed, the whole fact is unknown: the unread part may hold the firewall.
 */
export const linuxFirewall = defineFactSource({
  fact: 'firewall',
  platform: 'linux',
  probes: PROBES,
  derive(raws) {
    const layers: FirewallLayer[] = [];
    const unread: { name: string; family: FirewallFamily; reason: UnknownReason }[] = [];
    const take = <T>(name: string, family: FirewallFamily, r: Reading<T>, toLayers: (value: T, stderr: string) => FirewallLayer[]): void => {
      if (r.kind === 'absent') layers.push(notInstalled(name, family));
      else if (r.kind === 'unreadable') unread.push({ name, family, reason: r.reason });
      else layers.push(...toLayers(r.value, r.stderr));
    };

    take('ufw', 'both', read(raws, UFW, parseUfwStatus, ufwNeedsRoot), (s) => [ufwLayer(s)]);

    const state = read(raws, FWD_STATE, parseFirewalldState, firewalldNeedsRoot, true);
    take('firewalld', 'both', state, (s) => [firewalldLayer(s.running, s.note, s.running ? read(raws, FWD_ZONE, parseFirewalldZone, firewalldNeedsRoot) : null)]);

    const shownByIptables = new Set<string>();
    const legacy: { name: string; family: FirewallFamily }[] = [];
    for (const [probe, name, nftFamily, family] of [[IPT, 'iptables (IPv4)', 'ip', 'ipv4'], [IP6T, 'ip6tables (IPv6)', 'ip6', 'ipv6']] as const) {
      take(name, family, read(raws, probe, parseIptablesSave, iptablesNeedsRoot), (s, stderr) => {
        if (s.backend === 'nf_tables') shownByIptables.add(`${nftFamily} filter`);
        const layer = iptablesLayer(name, family, s);
        if (legacyTablesHidden(stderr) && layer.blocksInboundByDefault !== true) legacy.push({ name, family });
        return [layer];
      });
    }
    for (const { name, family } of legacy) {
      unread.push({
        name: `${name} legacy tables`,
        family,
        reason: {
          kind: 'unsupported',
          text: {
            en: `${name}: iptables-legacy tables are loaded as well, and botcheck does not read them (iptables-legacy-save).`,
            ja: `${name}: iptables-legacy のテーブルも読み込まれていますが、botcheck はそれを読みません (iptables-legacy-save)。`,
          },
        },
      });
    }

    take('nftables', 'both', read(raws, NFT, parseNftRuleset, nftNeedsRoot), (r) => nftLayers(r.tables, shownByIptables));

    const v6 = readInternetIPv6(raws);
    if (unread.length === 0) return knownFact(PROBES, { layers, ...v6 });
    if (!layers.some((l) => l.active === true)) return unknownFact(PROBES, combine(unread.map((u) => u.reason)));
    const unreadLayers = unread.map(({ name, family, reason }): FirewallLayer => ({
      name,
      family,
      installed: true,
      active: null,
      blocksInboundByDefault: null,
      inboundRuleCount: null,
      detail: `could not be read: ${reason.text.en}`,
    }));
    return knownFact(PROBES, { layers: [...layers, ...unreadLayers], ...v6 });
  },
});
