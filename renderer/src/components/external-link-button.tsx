import type { ReactElement } from 'react';
import { bridge } from '../bridge';

/** A link the OS browser opens: main refuses anything not on the remediation catalogue. */
export function ExternalLinkButton({ url, label, onResult }: { url: string; label: string; onResult: (opened: boolean) => void }): ReactElement {
  const open = async (): Promise<void> => {
    try {
      onResult(await bridge().openExternal(url));
    } catch {
      onResult(false);
    }
  };
  return (
    <button type="button" className="link-button" onClick={() => void open()}>
      {label} <span className="url">({url})</span>
    </button>
  );
}
