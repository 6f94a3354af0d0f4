import { defineCheck, need, unknownVerdict } from './check';
import { isSevere, processIndicators } from './net/process-heuristics';
import { hiddenOwnersReason } from './net/hidden-owners';

export const net004 = defineCheck({
  id: 'NET-004',
  item: 'net',
  headline: 'infection',
  severity: 'medium',
  title: { en: 'No programs disguised as system programs or running from temporary folders', ja: 'システムを装うプログラムや一時フォルダーから動くプログラムがない' },
  rationale: {
    en: 'Bots hide under names of system programs (svchost.exe, kworker, sshd) and run from temporary folders where anyone may write.',
    ja: 'ボットはシステムのプログラム名 (svchost.exe、kworker、sshd など) に紛れ、誰でも書き込める一時フォルダーから動くことがあります。',
  },
  remediation: {
    all: [
      { en: 'Check whether you know the program shown. If not, do not delete files by hand: follow the cleanup guide and run the official removal tools.', ja: '表示されたプログラムに心当たりがあるか確認します。心当たりがなければ手作業で削除せず、駆除ガイドに従って公式の駆除ツールを実行します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['processes'],
  evaluate(facts, ctx) {
    const procs = need(facts, 'processes');
    if (!procs.ok) return unknownVerdict(procs);
    const flagged = procs.value.processes
      .map((p) => ({ p, indicators: processIndicators(p, ctx.platform, ctx.signatures.processes) }))
      // A deleted program file alone is what every daemon shows after an upgrade until it restarts;
      // it counts here only beside another sign (NET-002 still weighs it for programs on the network).
      .filter((f) => f.indicators.some((i) => i.code !== 'deleted-binary'));
    const evidence = flagged.map(({ p, indicators }) => ({
      text: {
        en: `${p.name} (pid ${p.pid}${p.user ? `, user ${p.user}` : ''}): ${indicators.map((i) => i.text.en).join('; ')}`,
        ja: `${p.name} (PID ${p.pid}${p.user ? `、ユーザー ${p.user}` : ''}): ${indicators.map((i) => i.text.ja).join('、')}`,
      },
      data: { pid: p.pid, name: p.name, exe: p.exe, indicators: indicators.map((i) => i.code).join(',') },
    }));
    if (flagged.some((f) => isSevere(f.indicators) || f.indicators.some((i) => i.code === 'imitates-system'))) {
      return { status: 'fail', message: { en: 'A program is disguised as a system program or hides in a temporary folder.', ja: 'システムを装う、または一時フォルダーに隠れたプログラムがあります。' }, evidence };
    }
    if (flagged.length > 0) {
      return { status: 'warn', message: { en: 'A program runs from a temporary folder; check whether you know it.', ja: '一時フォルダーから動いているプログラムがあります。心当たりがあるか確認してください。' }, evidence };
    }
    if (procs.value.partial) {
      return { status: 'unknown', message: { en: 'Nothing suspicious among the programs that could be seen, but some were hidden.', ja: '見えたプログラムに不審な点はありませんが、見えないプログラムがありました。' }, evidence: [{ text: hiddenOwnersReason(procs.value, ctx.platform).text }], reason: hiddenOwnersReason(procs.value, ctx.platform) };
    }
    return { status: 'pass', message: { en: 'No program is disguised or running from a temporary folder.', ja: 'システムを装うプログラムや一時フォルダーから動くプログラムはありません。' }, evidence: [{ text: { en: `${procs.value.processes.length} programs examined`, ja: `${procs.value.processes.length} 個のプログラムを調べました` } }] };
  },
});
