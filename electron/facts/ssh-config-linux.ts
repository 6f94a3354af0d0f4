import type { SshConfigFacts } from '../shared/facts';
import type { RawOutput, UnknownReason } from '../shared/types';
import { parseSshdConfigFiles, parseSshdEffective, type SshdSettings } from '../parsers/sshd-config';
import { defineFactSource } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';

const EFFECTIVE = 'linux.sshd-effective';
const FILES = 'linux.sshd-config';
const PROBES = [EFFECTIVE, FILES] as const;

const NO_SERVER: UnknownReason = {
  kind: 'not-found',
  text: { en: 'No OpenSSH server is installed (/usr/sbin/sshd not found).', ja: 'OpenSSH サーバーは導入されていません (/usr/sbin/sshd がありません)。' },
};

function firstLine(text: string): string {
  return text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
}

function effective(raw: RawOutput | undefined): { value: SshdSettings } | { problem: UnknownReason } {
  const problem = probeProblem(EFFECTIVE, raw);
  if (problem) return { problem };
  if (raw!.exitCode !== 0) {
    const said = firstLine(raw!.stderr) || `exit code ${raw!.exitCode}`;
    const rights = /no hostkeys|permission denied|privilege separation/i.test(said);
    return {
      problem: {
        kind: rights ? 'permission' : 'failed',
        text: rights
          ? { en: `${EFFECTIVE}: sshd -T needs administrator rights and a prepared server (${said}).`, ja: `${EFFECTIVE}: sshd -T には管理者権限とサーバーの準備が必要です (${said})。` }
          : { en: `${EFFECTIVE}: sshd -T failed (${said}).`, ja: `${EFFECTIVE}: sshd -T が失敗しました (${said})。` },
      },
    };
  }
  const parsed = parseSshdEffective(raw!.stdout);
  return parsed.ok ? { value: parsed.value } : { problem: parseProblem(EFFECTIVE, parsed.reason) };
}

function fromFiles(raw: RawOutput | undefined): { value: SshdSettings } | { problem: UnknownReason } {
  const problem = probeProblem(FILES, raw);
  if (problem) return { problem };
  const parsed = parseSshdConfigFiles(raw!.stdout);
  return parsed.ok ? { value: parsed.value } : { problem: parseProblem(FILES, parsed.reason) };
}

function toFact(s: SshdSettings, matchBlocks: readonly string[], source: string): SshConfigFacts {
  // Passwords allowed for some clients only (a Match block) still invite guessing from those clients.
  return {
    passwordAuthentication: matchBlocks.length > 0 ? true : s.passwordLogins,
    permitRootLogin: s.permitRootLogin,
    ports: s.ports,
    source,
  };
}

/**
 * The effective configuration from `sshd -T` where it runs (root, host keys present); otherwise the
 * files as sshd would read them. `sshd -T` shows the global values only, so Match blocks that allow
 * passwords are taken from the files either way.
 */
export const linuxSshConfigFact = defineFactSource({
  fact: 'sshConfig',
  platform: 'linux',
  probes: PROBES,
  derive(raws) {
    const effRaw = raws.get(EFFECTIVE);
    if (effRaw?.error?.kind === 'not-found') return unknownFact(PROBES, NO_SERVER);
    const eff = effective(effRaw);
    const files = fromFiles(raws.get(FILES));
    const matchBlocks = 'value' in files ? files.value.passwordLoginsForMatch : [];
    if ('value' in eff) return knownFact(PROBES, toFact(eff.value, matchBlocks, 'sshd -T'));
    if ('value' in files) return knownFact(PROBES, toFact(files.value, matchBlocks, 'sshd_config'));
    return unknownFact(PROBES, {
      kind: files.problem.kind,
      text: { en: `${eff.problem.text.en} ${files.problem.text.en}`, ja: `${eff.problem.text.ja} ${files.problem.text.ja}` },
    });
  },
});
