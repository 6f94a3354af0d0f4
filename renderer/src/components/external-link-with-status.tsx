import { useState, type ReactElement } from 'react';
import { ExternalLinkButton } from './external-link-button';

/**
 * A link button with its own result line beside it, so a screen reader hears the outcome where the
 * person is. Each press adds a fresh node: a live region repeats an unchanged text only when the
 * node holding it is new.
 */
export function ExternalLinkWithStatus({ url, label, openedText, refusedText }: { url: string; label: string; openedText: string; refusedText: string }): ReactElement {
  const [result, setResult] = useState<{ opened: boolean; press: number } | null>(null);
  return (
    <>
      <ExternalLinkButton url={url} label={label} onResult={(opened) => setResult((prev) => ({ opened, press: (prev?.press ?? 0) + 1 }))} />
      <p role="status" className="hint">
        {result && <span key={result.press}>{result.opened ? openedText : refusedText}</span>}
      </p>
    </>
  );
}
