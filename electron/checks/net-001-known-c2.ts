import { defineCheck } from './check';
import { ownerLabel, readNetFacts, remoteConnections, remoteLabel } from './net/outbound';

export const net001 = defineCheck({
  id: 'NET-001',
  item: 'net',
  headline: 'infection',
  severity: 'high',
  title: { en: 'No connections to known bot command servers', ja: '既知のボット指令サーバーへの通信がない' },
  rationale: {
    en: 'A bot keeps in touch with its command-and-control server; a live connection to a listed server is direct evidence.',
    ja: 'ボットは指令サーバー (C&C) と通信し続けます。リストにあるサーバーとの通信は感染の直接の証拠です。',
  },
  remediation: {
    all: [
      { en: 'Disconnect this PC from the network (unplug the cable or turn Wi-Fi off).', ja: 'この PC をネットワークから切り離します (ケーブルを抜く、Wi-Fi をオフにする)。' },
      { en: 'Follow the cleanup guide: run the official removal tools, then change your passwords from another, clean device.', ja: '駆除ガイドに従い、公式の駆除ツールを実行してから、別の安全な機器でパスワードを変更します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['connections', 'processes'],
  evaluate(facts, ctx) {
    const read = readNetFacts(facts);
    if (!read.ok) return read.verdict;
    const { connections: conns, processes: procs, byPid } = read.net;
    const hits = remoteConnections(conns.connections).flatMap((c) => {
      const entry = ctx.signatures.c2.lookup(c.remoteAddress);
      return entry ? [{ c, entry }] : [];
    });
    const checked = { en: `${ctx.signatures.c2.size} known command-server addresses checked`, ja: `既知の指令サーバー ${ctx.signatures.c2.size} 件と照合しました` };
    if (hits.length === 0) {
      return { status: 'pass', message: { en: 'No connection goes to a known bot command server.', ja: '既知のボット指令サーバーへの通信はありません。' }, evidence: [{ text: checked }] };
    }
    return {
      status: 'fail',
      message: { en: `${hits.length} connection(s) to known bot command servers.`, ja: `既知のボット指令サーバーへの通信が ${hits.length} 件あります。` },
      evidence: hits.map(({ c, entry }) => {
        const owner = ownerLabel(c, c.pid ? byPid.get(c.pid) : undefined);
        const what = entry.label ?? entry.file;
        // A socket in TIME_WAIT and the like is a connection that just ended: still contact, said as such.
        const live = c.state === 'ESTABLISHED' || c.state === 'SYN_SENT' || c.state === '';
        return {
          text: live
            ? {
                en: `${owner.en} is connected to ${remoteLabel(c)}, listed as a ${what} command server (${entry.file}: ${entry.value})`,
                ja: `${owner.ja} が ${remoteLabel(c)} に接続しています。${what} の指令サーバーとして登録されています (${entry.file}: ${entry.value})`,
              }
            : {
                en: `${owner.en} was connected to ${remoteLabel(c)} moments ago (${c.state}), listed as a ${what} command server (${entry.file}: ${entry.value})`,
                ja: `${owner.ja} が直前まで ${remoteLabel(c)} に接続していました (${c.state})。${what} の指令サーバーとして登録されています (${entry.file}: ${entry.value})`,
              },
          data: { remoteAddress: c.remoteAddress, remotePort: c.remotePort, state: c.state, pid: c.pid, process: c.process, list: entry.file, label: entry.label },
        };
      }),
    };
  },
});
