import { useCallback, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeInput, NoticeResult, SaveOutcome } from '../../electron/shared/ipc';
import type { Lang, Report } from '../../electron/shared/types';
import { bridge } from './bridge';
import { CleanupGuide } from './components/cleanup-guide';
import { ConnectionsScreen } from './components/connections-screen';
import { ExportScreen } from './components/export-screen';
import { HelpdeskScreen } from './components/helpdesk-screen';
import { HistoryScreen } from './components/history-screen';
import { NavBar } from './components/nav-bar';
import { NoReport } from './components/no-report';
import { NoticeForm } from './components/notice-form';
import { NoticeResultScreen } from './components/notice-result-screen';
import { ResultsScreen } from './components/results-screen';
import { SaveProblem } from './components/save-problem';
import { ScanScreen } from './components/scan-screen';
import { ScreenFrame } from './components/screen-frame';
import { SettingsScreen } from './components/settings-screen';
import { StartScreen } from './components/start-screen';
import { loadAnswers, saveAnswers } from './lib/answers-store';
import { saveLang } from './lib/lang-store';
import type { Route } from './lib/route';
import { useScanRunner } from './lib/use-scan-runner';

export function App(): ReactElement {
  const { t, i18n } = useTranslation('common');
  const [route, setRoute] = useState<Route>('start');
  const [report, setReport] = useState<Report | null>(null);
  /** Where the report on screen is in the history: Export starts from it. */
  const [saved, setSaved] = useState<SaveOutcome | null>(null);
  const [noticeResult, setNoticeResult] = useState<NoticeResult | null>(null);
  const [pendingNotice, setPendingNotice] = useState<NoticeInput | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>(loadAnswers);
  const { progress, busy, run } = useScanRunner();
  /** Counts reports opened from History: a scan that ends after one was opened must not replace it on screen. */
  const opened = useRef(0);

  /** A second request while a scan runs only shows the running one; its result leaves the user where they went meanwhile. */
  const startScan = useCallback(async (notice: NoticeInput | null, stay: boolean): Promise<void> => {
    if (busy()) {
      if (!stay) setRoute('scan');
      return;
    }
    setPendingNotice(notice);
    if (!stay) setRoute('scan');
    const openedBefore = opened.current;
    const outcome = await run(answers, notice);
    if (!outcome || opened.current !== openedBefore) return;
    setReport(outcome.scan.report);
    setSaved(outcome.scan.saved);
    setNoticeResult(outcome.notice);
    if (!stay) setRoute((now) => (now === 'scan' ? (outcome.notice ? 'notice-result' : 'results') : now));
  }, [answers, busy, run]);

  const answer = (checkId: string, answerId: string): void => {
    const next = { ...answers, [checkId]: answerId };
    setAnswers(next);
    saveAnswers(next);
  };

  const changeLang = (lang: Lang): void => {
    void i18n.changeLanguage(lang);
    saveLang(lang);
    document.documentElement.lang = lang;
  };

  /** Errors go back to the History screen, which shows them where the user pressed. */
  const openHistoric = async (id: string): Promise<void> => {
    const loaded = await bridge().loadReport(id);
    opened.current++;
    setReport(loaded);
    setSaved({ id, problem: null });
    setRoute('results');
  };

  const goStart = (): void => setRoute('start');
  const needsReport = (screen: (r: Report) => ReactElement, title: string): ReactElement =>
    report ? screen(report) : <ScreenFrame title={title}><NoReport onStart={goStart} /></ScreenFrame>;

  const screen = (): ReactElement => {
    switch (route) {
      case 'start': return <StartScreen onScan={() => void startScan(null, false)} onNotice={() => setRoute('notice')} />;
      case 'notice': return <NoticeForm onSubmit={(n) => void startScan(n, false)} />;
      case 'scan': return <ScanScreen progress={progress} forNotice={pendingNotice !== null} onRetry={() => void startScan(pendingNotice, false)} />;
      case 'notice-result': return noticeResult ? <NoticeResultScreen result={noticeResult} onResults={() => setRoute('results')} onCleanup={() => setRoute('cleanup')} /> : <StartScreen onScan={() => void startScan(null, false)} onNotice={() => setRoute('notice')} />;
      case 'results': return needsReport((r) => <ResultsScreen report={r} answers={answers} onAnswer={answer} onCleanup={() => setRoute('cleanup')} onConnections={() => setRoute('connections')} onRescan={() => void startScan(null, false)} />, t('nav.results'));
      case 'connections': return needsReport((r) => <ConnectionsScreen connections={r.connections} />, t('nav.connections'));
      case 'cleanup': return <CleanupGuide platform={report?.host.platform ?? null} infected={report?.headlines.infection.status === 'fail'} onRescan={() => void startScan(null, false)} />;
      case 'helpdesk': return <HelpdeskScreen report={report} progress={progress} onScan={() => void startScan(null, true)} />;
      case 'history': return <HistoryScreen onOpen={openHistoric} />;
      case 'export': return <ExportScreen currentId={saved?.id ?? null} />;
      case 'settings': return <SettingsScreen onLang={changeLang} />;
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">{t('skip')}</a>
      <header className="app-header">
        <p className="app-name">{t('appName')} <span className="tagline">{t('tagline')}</span></p>
        <NavBar current={route} onGo={setRoute} />
      </header>
      <main id="main" key={route} tabIndex={-1}>
        {saved?.problem && (route === 'results' || route === 'notice-result' || route === 'helpdesk') && <SaveProblem problem={saved.problem} />}
        {screen()}
      </main>
    </>
  );
}
