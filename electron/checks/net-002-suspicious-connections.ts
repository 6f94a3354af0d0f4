import type { Connection, ProcessInfo } from '../shared/facts';
import type { Evidence } from '../shared/types';
import type { PortsData } from '../signatures/schema';
import { defineCheck } from './check';
import { isSevere, processIndicators, programKey, type Indicator } from './net/process-heuristics';
import { hiddenOwnersReason } from './net/hidden-owners';
import { isOrphanedClosing, outbound, ownerLabel, readNetFacts, remoteLabel } from './net/outbound';

function portIndicator(c: Connection, proc: ProcessInfo | undefined, ports: PortsData): Indicator | null {
  const port = c.remotePort!;
  const rule = ports.suspiciousRemotePorts.find((r) => port >= r.from && port <= r.to);
  if (!rule) return null;
  const name = proc?.name ?? c.process;
  if (name && rule.expectedPrograms.includes(programKey(name))) return null;
  return { code: 'suspicious-port', weight: 'weak', text: { en: `port ${port}: ${rule.reason.en}`, ja: `${port} 番ポート: ${rule.reason.ja}` } };
}

export const net002 = defineCheck({
  id: 'NET-002',
  item: 'net',
  headline: 'infection',
  severity: 'high',
  title: { en: 'No suspicious outbound connections', ja: '不審な外向きの通信がない' },
  rationale: {
    en: 'Bots talk to their controllers over IRC or Tor, send spam directly over SMTP, and often run from temporary folders under a system-like name.',
    ja: 'ボットは IRC や Tor で指令を受け、SMTP で直接スパムを送り、一時フォルダーからシステムに似た名前で動くことがよくあります。',
  },
  remediation: {
    all: [
      { en: 'Note the program and address shown, then disconnect this PC from the network.', ja: '表示されたプログラムと接続先を控えてから、この PC をネットワークから切り離します。' },
      { en: 'If you do not recognise the program, follow the cleanup guide and run the official removal tools.', ja: '心当たりのないプログラムなら、駆除ガイドに従って公式の駆除ツールを実行します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['connections', 'processes'],
  evaluate(facts, ctx) {
    const read = readNetFacts(facts);
    if (!read.ok) return read.verdict;
    const { connections: conns, processes: procs, byPid } = read.net;
    const flagged: { c: Connection; indicators: Indicator[] }[] = [];
    for (const c of outbound(conns.connections)) {
      const proc = c.pid ? byPid.get(c.pid) : undefined;
      const indicators = [portIndicator(c, proc, ctx.signatures.ports), ...(proc ? processIndicators(proc, ctx.platform, ctx.signatures.processes) : [])].filter((i): i is Indicator => i !== null);
      if (indicators.length > 0) flagged.push({ c, indicators });
    }
    const evidence: Evidence[] = flagged.map(({ c, indicators }) => {
      const owner = ownerLabel(c, c.pid ? byPid.get(c.pid) : undefined);
      return {
        text: {
          en: `${owner.en} → ${remoteLabel(c)} (${c.state || c.protocol}): ${indicators.map((i) => i.text.en).join('; ')}`,
          ja: `${owner.ja} → ${remoteLabel(c)} (${c.state || c.protocol}): ${indicators.map((i) => i.text.ja).join('、')}`,
        },
        data: { remoteAddress: c.remoteAddress, remotePort: c.remotePort, pid: c.pid, process: c.process, indicators: indicators.map((i) => i.code).join(',') },
      };
    });
    if (flagged.some((f) => isSevere(f.indicators))) {
      return { status: 'fail', message: { en: 'A connection shows several signs of a bot.', ja: 'ボットの特徴を複数持つ通信があります。' }, evidence };
    }
    if (flagged.length > 0) {
      return { status: 'warn', message: { en: 'A connection looks unusual; check whether you know the program.', ja: '普段と違う通信があります。心当たりのあるプログラムか確認してください。' }, evidence };
    }
    // Only the owners of outbound connections matter here: one hidden owner is enough to withhold a
    // pass. Sockets that have just closed belong to no process any more.
    // A process without a path is hidden only when the OS hid it (Windows shows no path for its own
    // protected processes even to an administrator, and the fact source knows which).
    const hiddenPids = new Set(procs.ok ? procs.value.hidden.map((p) => p.pid) : []);
    const hidden = outbound(conns.connections).filter((c) => !isOrphanedClosing(c) && (c.pid === null || !procs.ok || !byPid.has(c.pid) || hiddenPids.has(c.pid)));
    if (hidden.length > 0) {
      const reason = procs.ok ? hiddenOwnersReason(procs.value, ctx.platform) : procs.reason;
      return { status: 'unknown', message: { en: 'Nothing suspicious among the connections that could be seen, but some were hidden.', ja: '見えた通信に不審な点はありませんが、見えない通信がありました。' }, evidence: [{ text: reason.text }], reason };
    }
    const count = outbound(conns.connections).length;
    return { status: 'pass', message: { en: 'No outbound connection looks suspicious.', ja: '不審な外向きの通信はありません。' }, evidence: [{ text: { en: `${count} outbound connection(s) examined`, ja: `外向きの通信 ${count} 件を調べました` } }] };
  },
});
