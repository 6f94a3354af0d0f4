import { useCallback, useRef, useState } from 'react';
import type { NoticeInput, NoticeResult, ScanOutcome } from '../../../electron/shared/ipc';
import type { CheckResult } from '../../../electron/shared/types';
import { bridge } from '../bridge';
import { errorText } from './error-text';
import { useLang } from './use-lang';

export interface ScanProgress {
  total: number;
  finished: CheckResult[];
  error: string | null;
  running: boolean;
}

const IDLE: ScanProgress = { total: 0, finished: [], error: null, running: false };

/**
 * Runs a scan (or a notice check, which scans too) and keeps the progress events. The app owns it,
 * not the scan screen, so no event is lost while the screen mounts. One scan at a time: progress
 * events carry no scan of their own, so two at once would mix their lists.
 */
export function useScanRunner(): {
  progress: ScanProgress;
  /** True from the moment a scan is asked for until it ends (state updates come a render later). */
  busy: () => boolean;
  run: (answers: Record<string, string>, notice: NoticeInput | null) => Promise<{ scan: ScanOutcome; notice: NoticeResult | null } | null>;
} {
  const [progress, setProgress] = useState<ScanProgress>(IDLE);
  const running = useRef(false);
  // The language when a scan fails, not when it was started.
  const currentLang = useLang();
  const lang = useRef(currentLang);
  lang.current = currentLang;
  const busy = useCallback(() => running.current, []);
  const run = useCallback(async (answers: Record<string, string>, notice: NoticeInput | null) => {
    if (running.current) return null;
    running.current = true;
    setProgress({ ...IDLE, running: true });
    const stop = bridge().onProgress((event) => {
      if (event.type === 'scan-started') setProgress((p) => ({ ...p, total: event.checks.length, finished: [] }));
      if (event.type === 'check-finished') setProgress((p) => ({ ...p, finished: [...p.finished, event.result] }));
    });
    try {
      if (notice) {
        const result = await bridge().checkNotice(notice, answers);
        return { scan: { report: result.report, saved: result.saved }, notice: result };
      }
      return { scan: await bridge().scan(answers), notice: null };
    } catch (error) {
      setProgress((p) => ({ ...p, error: errorText(error, lang.current) }));
      return null;
    } finally {
      stop();
      running.current = false;
      setProgress((p) => ({ ...p, running: false }));
    }
  }, []);
  return { progress, busy, run };
}
