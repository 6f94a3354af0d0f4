// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../electron/shared/types';
import type { ScanOutcome } from '../../electron/shared/ipc';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { NAV_ROUTES } from '../../renderer/src/lib/route';
import { renderApp, replayRun, resetDom } from './fake-bridge';

afterEach(resetDom);

const NAV_TITLE = {
  start: (l: 'en' | 'ja') => RESOURCES[l].start.title,
  results: (l: 'en' | 'ja') => RESOURCES[l].common.nav.results,
  connections: (l: 'en' | 'ja') => RESOURCES[l].common.nav.connections,
  cleanup: (l: 'en' | 'ja') => RESOURCES[l].cleanup.title,
  helpdesk: (l: 'en' | 'ja') => RESOURCES[l].helpdesk.title,
  history: (l: 'en' | 'ja') => RESOURCES[l].history.title,
  export: (l: 'en' | 'ja') => RESOURCES[l].export.title,
  settings: (l: 'en' | 'ja') => RESOURCES[l].settings.title,
} as const;

describe.each(['en', 'ja'] as const)('every screen in %s', (lang) => {
  it('renders, has its heading focused and the landmarks in place', async () => {
    await renderApp({ lang });
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: RESOURCES[lang].common.navLabel });
    for (const route of NAV_ROUTES) {
      fireEvent.click(within(nav).getByRole('button', { name: RESOURCES[lang].common.nav[route] }));
      const heading = await screen.findByRole('heading', { level: 1, name: NAV_TITLE[route](lang) });
      expect(document.activeElement).toBe(heading);
      expect(within(nav).getByRole('button', { name: RESOURCES[lang].common.nav[route] }).getAttribute('aria-current')).toBe('page');
      if (route === 'results' || route === 'connections') expect(screen.getByText(RESOURCES[lang].common.noReport)).toBeTruthy();
    }
  });
});

describe('keyboard', () => {
  it('reaches every main action as a real, enabled button in a sensible order', async () => {
    await renderApp({ lang: 'en' });
    const skip = screen.getByRole('link', { name: 'Skip to the main content' });
    expect(skip.getAttribute('href')).toBe('#main');
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, [tabindex="0"]')];
    expect(focusable[0]).toBe(skip);
    const names = focusable.map((el) => el.textContent);
    expect(names.indexOf('Check my PC')).toBeGreaterThan(names.indexOf('Settings'));
    expect(names).toContain('I received a bot-infection notice from my provider');
    expect(document.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])')).toHaveLength(0);
    for (const el of focusable) {
      el.focus();
      expect(document.activeElement).toBe(el);
    }
  });

  it('submits the notice form with the Enter key', async () => {
    const { bridge } = await renderApp({ lang: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'I received a bot-infection notice from my provider' }));
    fireEvent.submit(screen.getByLabelText('Or type the sender\'s name').closest('form')!);
    expect(bridge.checkNotice).toHaveBeenCalledTimes(1);
  });
});

describe('scan progress', () => {
  /** Starts a scan whose progress events and end the test hands out itself. */
  async function heldScan(): Promise<{ run: Awaited<ReturnType<typeof replayRun>>; emit: (e: ProgressEvent) => void; finish: (r: ScanOutcome) => void }> {
    const { bridge } = await renderApp({ lang: 'en' });
    const run = await replayRun('linux-lab-irc-bot');
    const held = { run, emit: (_e: ProgressEvent): void => undefined, finish: (_r: ScanOutcome): void => undefined };
    bridge.onProgress.mockImplementation((listener: (e: ProgressEvent) => void) => {
      held.emit = listener;
      return () => undefined;
    });
    bridge.scan.mockImplementation(() => new Promise<ScanOutcome>((resolve) => (held.finish = resolve)));
    fireEvent.click(screen.getByRole('button', { name: 'Check my PC' }));
    return { run, emit: (e) => held.emit(e), finish: (r) => held.finish(r) };
  }

  it('shows each check as it finishes and announces progress politely', async () => {
    const { run, emit, finish } = await heldScan();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Starting…');

    const started = run.events.find((e) => e.type === 'scan-started')!;
    const finished = run.events.filter((e) => e.type === 'check-finished');
    act(() => emit(started));
    act(() => finished.slice(0, 3).forEach(emit));
    expect(screen.getByText(`3 of ${finished.length} checks done`)).not.toBe(status);
    expect(status.textContent).toBe('Starting…');
    const progress = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(progress.value).toBe(3);
    expect(progress.max).toBe(finished.length);
    const list = screen.getByRole('heading', { name: 'Checks done so far' }).nextElementSibling!;
    expect(within(list as HTMLElement).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain(finished[0]!.type === 'check-finished' ? finished[0]!.result.title.en : '');

    await act(async () => finish({ report: run.report, saved: { id: null, problem: null } }));
    await screen.findByRole('heading', { level: 1, name: 'Results' });
  });

  it('announces only the start, each quarter and the end, while the visible count follows every check', async () => {
    const { run, emit } = await heldScan();
    const status = screen.getByRole('status');
    const finished = run.events.filter((e) => e.type === 'check-finished');
    const total = finished.length;
    expect(total).toBeGreaterThan(8);
    act(() => emit(run.events.find((e) => e.type === 'scan-started')!));
    const announced: string[] = [status.textContent!];
    finished.forEach((event, i) => {
      act(() => emit(event));
      expect(screen.getAllByText(`${i + 1} of ${total} checks done`).filter((el) => el !== status)).toHaveLength(1);
      if (announced.at(-1) !== status.textContent) announced.push(status.textContent!);
    });
    const at = (share: number): string => `${Math.ceil(total * share)} of ${total} checks done`;
    expect(announced).toEqual(['Starting…', at(1 / 4), at(1 / 2), at(3 / 4), at(1)]);
  });

  it('shows a failed scan without Electron\'s English wrapper', async () => {
    const { bridge } = await renderApp({ lang: 'ja' });
    bridge.scan.mockRejectedValueOnce(new Error("Error invoking remote method 'botcheck:scan': Error: ディスクがいっぱいです"));
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.ja.start.checkPc }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(RESOURCES.ja.scan.failed.replace('{{message}}', 'ディスクがいっぱいです'))).toBeTruthy();
  });

  it('offers to try again when the scan fails', async () => {
    const { bridge } = await renderApp({ lang: 'ja' });
    bridge.scan.mockRejectedValueOnce(new Error('boom'));
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.ja.start.checkPc }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('boom');
    fireEvent.click(within(alert).getByRole('button', { name: RESOURCES.ja.scan.retry }));
    await screen.findByRole('heading', { level: 1, name: RESOURCES.ja.results.title }, { timeout: 20_000 });
  });
});

describe('settings', () => {
  it('switches the language, remembers it and updates the threat data', async () => {
    const { bridge } = await renderApp({ lang: 'ja' });
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES.ja.common.nav.settings }));
    await screen.findByText(RESOURCES.ja.settings.version.replace('{{v}}', '2026.11.20'));
    expect(screen.getByText(RESOURCES.ja.settings.origin.bundled)).toBeTruthy();
    expect(screen.getByText('日付: 2026/11/20 (5 日前のデータ)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(RESOURCES.ja.settings.language), { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(localStorage.getItem('botcheck.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('Date: 20 Nov 2026 (5 days old)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Update the threat data' }));
    await screen.findByText('The threat data is up to date.');
    expect(bridge.updateSignatures).toHaveBeenCalledTimes(1);
    expect(bridge.signaturesStatus).toHaveBeenCalledTimes(2);
  });

  it('says how old the threat data is in words that fit the number', async () => {
    for (const [lang, ageDays, expected] of [
      ['en', 1, 'Date: 20 Nov 2026 (1 day old)'],
      ['en', 0, `Date: 20 Nov 2026 (${RESOURCES.en.settings.age_zero})`],
      ['ja', 0, `日付: 2026/11/20 (${RESOURCES.ja.settings.age_zero})`],
      ['ja', 1, '日付: 2026/11/20 (1 日前のデータ)'],
    ] as const) {
      const { bridge } = await renderApp({ lang });
      bridge.signaturesStatus.mockResolvedValue({ origin: 'bundled', version: '2026.11.20', date: '2026-11-20', ageDays, note: null });
      fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES[lang].common.nav.settings }));
      expect(await screen.findByText(expected)).toBeTruthy();
      resetDom();
    }
    expect(RESOURCES.ja.settings.age_zero).toContain('今日');
  });

  it('rewords the update message and errors when the language changes', async () => {
    const { bridge } = await renderApp({ lang: 'ja' });
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES.ja.common.nav.settings }));
    fireEvent.click(await screen.findByRole('button', { name: RESOURCES.ja.settings.update }));
    await screen.findByText('脅威データは最新です。');
    fireEvent.change(screen.getByLabelText(RESOURCES.ja.settings.language), { target: { value: 'en' } });
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.getByRole('status').textContent).toBe('The threat data is up to date.');

    bridge.updateSignatures.mockRejectedValueOnce(new Error("Error invoking remote method 'botcheck:update-signatures': Error: EACCES"));
    fireEvent.click(screen.getByRole('button', { name: 'Update the threat data' }));
    await screen.findByText(RESOURCES.en.common.error.replace('{{message}}', 'EACCES'));
    fireEvent.change(screen.getByLabelText(RESOURCES.en.settings.language), { target: { value: 'ja' } });
    await screen.findByRole('heading', { level: 1, name: RESOURCES.ja.settings.title });
    expect(screen.getByRole('status').textContent).toBe(RESOURCES.ja.common.error.replace('{{message}}', 'EACCES'));
  });

  it('prefers the saved language over the OS default', async () => {
    localStorage.setItem('botcheck.lang', 'ja');
    const { bridge } = await renderApp({ lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(RESOURCES.ja.start.title);
    expect(bridge.defaultLang).not.toHaveBeenCalled();
  });
});
