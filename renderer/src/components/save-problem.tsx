import type { ReactElement } from 'react';
import type { LocalizedText } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';

/** The scan could not go into the history: said once, above its result, with what to do. */
export function SaveProblem({ problem }: { problem: LocalizedText }): ReactElement {
  const lang = useLang();
  return (
    <div role="alert" className="alert">
      <p>{pick(problem, lang)}</p>
    </div>
  );
}
