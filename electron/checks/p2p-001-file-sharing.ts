import { defineCheck, need, unknownVerdict } from './check';
import { baseName, programKey } from './net/process-heuristics';

export const p2p001 = defineCheck({
  id: 'P2P-001',
  item: 'p2p',
  headline: 'protection',
  severity: 'high',
  title: { en: 'No file-sharing software known for leaks running', ja: '情報漏えいで知られるファイル共有ソフトが動いていない' },
  rationale: {
    en: 'Winny, Share and similar programs spread worms (Antinny) that published people\'s private files to the whole network.',
    ja: 'Winny や Share などでは、個人のファイルをネットワーク全体に公開してしまうウイルス (Antinny など) が広まりました。',
  },
  remediation: {
    all: [
      { en: 'Quit the file-sharing program and uninstall it.', ja: 'ファイル共有ソフトを終了し、アンインストールします。' },
      { en: 'Scan the PC with your antivirus; files it shared may already be public, so tell those affected.', ja: 'ウイルス対策ソフトで PC を検査します。共有されたファイルは既に公開されている可能性があるため、関係者に知らせます。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['processes'],
  evaluate(facts, ctx) {
    const procs = need(facts, 'processes');
    if (!procs.ok) return unknownVerdict(procs);
    const programs = ctx.signatures.p2p.programs;
    const running = procs.value.processes.flatMap((p) => {
      const keys = [programKey(p.name), ...(p.exe ? [programKey(baseName(p.exe))] : [])];
      const program = programs.find((prog) => prog.executables.some((e) => keys.includes(programKey(e))));
      return program ? [{ p, program }] : [];
    });
    if (running.length === 0) {
      return {
        status: 'pass',
        message: { en: 'No file-sharing program known for leaks is running.', ja: '情報漏えいで知られるファイル共有ソフトは動いていません。' },
        evidence: [{ text: { en: `Looked for: ${programs.map((p) => p.name).join(', ')}`, ja: `確認したソフト: ${programs.map((p) => p.name).join('、')}` } }],
      };
    }
    return {
      status: 'fail',
      message: { en: `${running[0]!.program.name} is running.`, ja: `${running[0]!.program.name} が動いています。` },
      evidence: running.map(({ p, program }) => ({
        text: { en: `${p.name} (pid ${p.pid}${p.exe ? `, ${p.exe}` : ''}): ${program.reason.en}`, ja: `${p.name} (PID ${p.pid}${p.exe ? `、${p.exe}` : ''}): ${program.reason.ja}` },
        data: { pid: p.pid, name: p.name, exe: p.exe, program: program.name },
      })),
    };
  },
});
