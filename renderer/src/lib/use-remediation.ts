import { useEffect, useState } from 'react';
import type { RemediationEntry } from '../../../electron/shared/ipc';
import { bridge } from '../bridge';
import { errorText } from './error-text';
import { useLang } from './use-lang';

/**
 * The remediation catalogue of the threat data in use, from the main process: after an update it
 * may differ from the one the app shipped with, and main opens only links on the catalogue it holds.
 */
export function useRemediation(): { entries: RemediationEntry[] | null; error: string | null } {
  const [entries, setEntries] = useState<RemediationEntry[] | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const lang = useLang();
  useEffect(() => {
    let live = true;
    bridge().remediation().then(
      (e) => live && setEntries(e),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return { entries, error: failure && errorText(failure.error, lang) };
}
