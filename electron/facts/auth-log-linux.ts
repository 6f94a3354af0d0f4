import type { AuthLogFacts } from '../shared/facts';
import type { RawOutput, UnknownReason } from '../shared/types';
import { parseAuthLog, type SshAuthLog } from '../parsers/auth-log';
import { defineFactSource } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';
import { summarizeSshAuth } from './ssh-auth-summary';
import { localDay } from '../shared/local-day';

const JOURNAL = 'linux.journal-sshd';
const FILE = 'linux.auth-log';
const PROBES = [JOURNAL, FILE] as const;

export const AUTH_LOG_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

type Read = { log: SshAuthLog } | { problem: UnknownReason };

function fromJournal(raw: RawOutput | undefined, capturedAt: Date): Read {
  const problem = probeProblem(JOURNAL, raw);
  if (problem) return { problem };
  const { stderr, exitCode, stdout } = raw!;
  if (/not seeing messages from other users/i.test(stderr)) {
    return {
      problem: {
        kind: 'permission',
        text: {
          en: `${JOURNAL}: without administrator rights the journal shows only your own messages, not the SSH server's.`,
          ja: `${JOURNAL}: 管理者権限がないと、ジャーナルには自分のメッセージしか表示されず、SSH サーバーの記録は見えません。`,
        },
      },
    };
  }
  if (/No journal files were found/i.test(stderr)) {
    return { problem: { kind: 'not-found', text: { en: `${JOURNAL}: this system keeps no journal.`, ja: `${JOURNAL}: このシステムにはジャーナルがありません。` } } };
  }
  if (exitCode !== 0) {
    const said = stderr.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? `exit code ${exitCode}`;
    return { problem: { kind: 'failed', text: { en: `${JOURNAL}: journalctl failed (${said}).`, ja: `${JOURNAL}: journalctl が失敗しました (${said})。` } } };
  }
  const parsed = parseAuthLog(stdout, capturedAt);
  return parsed.ok ? { log: parsed.value } : { problem: parseProblem(JOURNAL, parsed.reason) };
}

function fromFile(raw: RawOutput | undefined, capturedAt: Date, from: Date): Read {
  const problem = probeProblem(FILE, raw);
  if (problem) return { problem };
  const parsed = parseAuthLog(raw!.stdout, capturedAt);
  if (!parsed.ok) return { problem: parseProblem(FILE, parsed.reason) };
  const last = parsed.value.lastLineAt;
  if (last === null || Date.parse(last) < from.getTime()) {
    // A log no one writes any more (rsyslog removed, journal only) would otherwise read as "no attempts".
    const ended = last ? localDay(last) : '?';
    return {
      problem: {
        kind: 'failed',
        text: { en: `${FILE}: the log file ends on ${ended}, before the period examined.`, ja: `${FILE}: ログファイルの記録は ${ended} で終わっていて、調べる期間を含みません。` },
      },
    };
  }
  return { log: parsed.value };
}

function both(first: UnknownReason, second: UnknownReason): UnknownReason {
  return { kind: first.kind, text: { en: `${first.text.en} ${second.text.en}`, ja: `${first.text.ja} ${second.text.ja}` } };
}

/**
 * SSH logins of the seven days before the capture time, from the journal where it is complete,
 * otherwise from the auth log file. A journal read without rights is partial: it is never taken
 * as "no failed logins".
 */
export const linuxAuthLogFact = defineFactSource({
  fact: 'authLog',
  platform: 'linux',
  probes: PROBES,
  derive(raws, ctx) {
    if (!ctx.capturedAt) {
      const text = { en: 'The capture time is not known, so the last seven days of logs cannot be picked.', ja: '取得日時が分からないため、直近 7 日間のログを選び出せません。' };
      return unknownFact(PROBES, { kind: 'no-capture-time', text });
    }
    const to = ctx.capturedAt;
    const from = new Date(to.getTime() - AUTH_LOG_WINDOW_DAYS * DAY_MS);
    const known = (log: SshAuthLog, source: string) => {
      // A file that starts inside the window (rotated, or cut to its end) covers only part of it.
      const first = source === 'journal' ? null : log.firstLineAt;
      const start = first && Date.parse(first) > from.getTime() ? new Date(first) : from;
      const facts: AuthLogFacts = { from: start.toISOString(), to: to.toISOString(), ...summarizeSshAuth(log.events, start, to), source };
      return knownFact(PROBES, facts);
    };
    const journal = fromJournal(raws.get(JOURNAL), to);
    if ('log' in journal) return known(journal.log, 'journal');
    const file = fromFile(raws.get(FILE), to, from);
    if ('log' in file) return known(file.log, file.log.files.at(-1)?.path ?? FILE);
    // The journal's reason leads when it only lacked rights: running as administrator fixes both.
    return unknownFact(PROBES, journal.problem.kind === 'permission' ? both(journal.problem, file.problem) : both(file.problem, journal.problem));
  },
});
