import { StrictMode, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Report } from '../../electron/shared/types';
import { bridge } from './bridge';

/** Placeholder until the full UI (issue 5): runs a scan and shows the two headlines. */
function App(): ReactElement {
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      setReport(await bridge().scan({}));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main>
      <h1>botcheck</h1>
      <button type="button" disabled={busy} onClick={() => void run()}>
        Check my PC / PC をチェック
      </button>
      {report && (
        <ul>
          <li>{report.headlines.protection.summary.en} / {report.headlines.protection.summary.ja}</li>
          <li>{report.headlines.infection.summary.en} / {report.headlines.infection.summary.ja}</li>
        </ul>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
