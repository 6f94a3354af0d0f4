import type { Connection } from '../shared/facts';
import { defineCheck } from './check';
import { outbound, ownerLabel, readNetFacts } from './net/outbound';

export const net003 = defineCheck({
  id: 'NET-003',
  item: 'net',
  headline: 'infection',
  severity: 'high',
  title: { en: 'Not sending spam or scanning other machines', ja: 'スパム送信や他のマシンへのスキャンをしていない' },
  rationale: {
    en: 'Bots are used to send spam and to find new victims: one program talking to many different mail servers, or to many hosts on telnet, SMB, SSH or RDP, is that activity.',
    ja: 'ボットはスパム送信や新たな感染先探しに使われます。一つのプログラムが多数のメールサーバーや、telnet・SMB・SSH・RDP で多数のホストに接続しているのはその活動です。',
  },
  remediation: {
    all: [
      { en: 'Disconnect this PC from the network now: it is probably being used to attack others.', ja: '今すぐこの PC をネットワークから切り離します。他者への攻撃に使われている可能性があります。' },
      { en: 'Follow the cleanup guide and tell your provider that you are cleaning the PC.', ja: '駆除ガイドに従い、駆除中であることをプロバイダーに伝えます。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['connections', 'processes'],
  evaluate(facts, ctx) {
    const read = readNetFacts(facts);
    if (!read.ok) return read.verdict;
    const { connections: conns, processes: procs, byPid } = read.net;
    const { ports, threshold } = ctx.signatures.ports.fanOut;
    const groups = new Map<string, { peers: Set<string>; sample: Connection; port: (typeof ports)[number] }>();
    for (const c of outbound(conns.connections)) {
      const rule = ports.find((p) => p.port === c.remotePort);
      if (!rule) continue;
      const key = `${c.pid ?? c.process ?? '?'}|${rule.port}`;
      const group = groups.get(key) ?? { peers: new Set<string>(), sample: c, port: rule };
      group.peers.add(c.remoteAddress);
      groups.set(key, group);
    }
    const over = [...groups.values()].filter((g) => g.peers.size >= threshold);
    if (over.length === 0) {
      const most = Math.max(0, ...[...groups.values()].map((g) => g.peers.size));
      return {
        status: 'pass',
        message: { en: 'No program is contacting many hosts on spam or attack ports.', ja: 'スパムや攻撃に使われるポートで多数のホストに接続しているプログラムはありません。' },
        evidence: [{ text: { en: `Most distinct hosts on one such port from one program: ${most} (threshold ${threshold})`, ja: `一つのプログラムが同じ種類のポートで接続した相手の最大数: ${most} (基準 ${threshold})` } }],
      };
    }
    return {
      status: 'fail',
      message: { en: 'A program is contacting many hosts at once: spam or scanning.', ja: 'あるプログラムが多数のホストに同時に接続しています (スパム送信またはスキャン)。' },
      evidence: over.map((g) => {
        const owner = ownerLabel(g.sample, g.sample.pid ? byPid.get(g.sample.pid) : undefined);
        return {
          text: {
            en: `${owner.en}: ${g.peers.size} different hosts on port ${g.port.port} (${g.port.label}) — ${g.port.reason.en}`,
            ja: `${owner.ja}: ${g.port.port} 番ポート (${g.port.label}) で ${g.peers.size} 台の異なるホストに接続 — ${g.port.reason.ja}`,
          },
          data: { pid: g.sample.pid, process: g.sample.process, port: g.port.port, distinctHosts: g.peers.size },
        };
      }),
    };
  },
});
