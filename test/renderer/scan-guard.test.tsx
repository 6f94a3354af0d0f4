// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanOutcome } from '../../electron/shared/ipc';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { historyEntry, renderApp, replayRun, resetDom } from './fake-bridge';

afterEach(resetDom);

const nav = (name: string): void => {
  fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name }));
};

describe('one scan at a time', () => {
  it('a second "Check my PC" while a scan runs shows the running scan instead of starting another', async () => {
    const { bridge } = await renderApp({ lang: 'en', savedId: '20261126T010000Z-0123abcd' });
    const run = await replayRun('linux-lab-irc-bot');
    let finish: (r: ScanOutcome) => void = () => undefined;
    bridge.scan.mockImplementation(() => new Promise<ScanOutcome>((resolve) => (finish = resolve)));
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.en.start.checkPc }));
    nav(RESOURCES.en.common.nav.start);
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.en.start.checkPc }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(RESOURCES.en.scan.title);
    expect(bridge.scan).toHaveBeenCalledTimes(1);
    await act(async () => finish({ report: run.report, saved: { id: '20261126T010000Z-0123abcd', problem: null } }));
    await screen.findByRole('heading', { level: 1, name: RESOURCES.en.results.title });
  });

  it('leaves the user where they went while the scan ran', async () => {
    const { bridge } = await renderApp({ lang: 'ja' });
    const run = await replayRun('linux-lab-irc-bot');
    let finish: (r: ScanOutcome) => void = () => undefined;
    bridge.scan.mockImplementation(() => new Promise<ScanOutcome>((resolve) => (finish = resolve)));
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.ja.start.checkPc }));
    nav(RESOURCES.ja.common.nav.settings);
    await act(async () => finish({ report: run.report, saved: { id: null, problem: null } }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(RESOURCES.ja.settings.title);
    nav(RESOURCES.ja.common.nav.results);
    await screen.findByRole('heading', { level: 1, name: RESOURCES.ja.results.title });
  });

  it('does not replace a result opened from History while the scan ran', async () => {
    const old = (await replayRun('linux-lab-bot-gone')).report;
    const { bridge } = await renderApp({ lang: 'en', history: [historyEntry('20261120T010000Z-0000000a', '2026-11-20T01:00:00Z', old)], reports: { '20261120T010000Z-0000000a': old } });
    const run = await replayRun('linux-lab-irc-bot');
    let finish: (r: ScanOutcome) => void = () => undefined;
    bridge.scan.mockImplementation(() => new Promise<ScanOutcome>((resolve) => (finish = resolve)));
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.en.start.checkPc }));
    nav(RESOURCES.en.common.nav.history);
    fireEvent.click(await screen.findByRole('button', { name: RESOURCES.en.history.open }));
    await screen.findByRole('heading', { level: 1, name: RESOURCES.en.results.title });
    await act(async () => finish({ report: run.report, saved: { id: null, problem: null } }));
    expect(screen.getByText(RESOURCES.en.results.infectionAnswer[old.headlines.infection.status as 'pass'])).toBeTruthy();
    expect(old.headlines.infection.status).not.toBe(run.report.headlines.infection.status);
  });

  it('shows above the result that the scan could not be saved, in the UI language', async () => {
    const problem = { en: 'This scan could not be saved in the scan history (ENOSPC).', ja: 'この検査結果を履歴に保存できませんでした (ENOSPC)。' };
    await renderApp({ lang: 'ja', saveProblem: problem });
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.ja.start.checkPc }));
    await screen.findByRole('heading', { level: 1, name: RESOURCES.ja.results.title }, { timeout: 20_000 });
    expect(screen.getAllByRole('alert').some((a) => a.textContent === problem.ja)).toBe(true);
  });
});

describe('skip link', () => {
  it('targets a main region that can take focus', async () => {
    await renderApp({ lang: 'en' });
    const main = document.getElementById('main')!;
    expect(main.tagName).toBe('MAIN');
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('link', { name: RESOURCES.en.common.skip }).getAttribute('href')).toBe('#main');
  });
});
