// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../electron/shared/types';
import type { ScanOutcome } from '../../electron/shared/ipc';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { historyEntry, renderApp, replayReport, resetDom } from './fake-bridge';

afterEach(resetDom);

let infected: Report;
let cleaned: Report;
beforeAll(async () => {
  [infected, cleaned] = await Promise.all([replayReport('linux-lab-irc-bot'), replayReport('linux-lab-bot-gone')]);
}, 60_000);

const nav = (name: string): void => {
  fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name }));
};

describe.each(['en', 'ja'] as const)('helpdesk mode in %s', (lang) => {
  const r = RESOURCES[lang].helpdesk;

  it('checks, shows the support code in groups, then decodes a code', async () => {
    const { bridge } = await renderApp({ lang });
    nav(RESOURCES[lang].common.nav.helpdesk);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(r.title);
    expect(screen.getByText(r.stepOf.replace('{{n}}', '1').replace('{{total}}', '4'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: r.check }));
    await screen.findByText(r.step1Done, {}, { timeout: 20_000 });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(r.title);

    fireEvent.click(screen.getByRole('button', { name: r.next }));
    expect(document.activeElement?.textContent).toBe(r.step2Title);
    const code = (bridge.scan.mock.results[0]!.value as Promise<ScanOutcome>).then((s) => s.report);
    const groups = (await code).supportCode.split('-');
    const spoken = screen.getByText(new RegExp(`^${r.codeLabel}: `));
    expect(spoken.className).toBe('visually-hidden');
    expect(spoken.textContent).toBe(`${r.codeLabel}: ${groups.map((g) => g.split('').join(' ')).join(', ')}`);
    const shown = spoken.closest('.support-code')!;
    expect([...shown.querySelectorAll('.code-group')].map((g) => g.textContent)).toEqual(groups);
    fireEvent.click(screen.getByRole('button', { name: r.copy }));
    await screen.findByText(r.copied);
    expect(bridge.copySupportCode).toHaveBeenCalledWith((await code).supportCode);

    fireEvent.click(screen.getByRole('button', { name: r.next }));
    expect(screen.getByRole('heading', { name: RESOURCES[lang].results.infectionQuestion })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: r.next }));
    fireEvent.change(screen.getByLabelText(r.decodeLabel), { target: { value: (await code).supportCode } });
    fireEvent.click(screen.getByRole('button', { name: r.decode }));
    const decoded = await screen.findByRole('region', { name: r.decoded }, { timeout: 10_000 });
    expect(bridge.decodeSupportCode).toHaveBeenCalledWith((await code).supportCode);
    expect(within(decoded).getByText(r.platform.replace('{{p}}', 'Linux'))).toBeTruthy();
    expect(within(decoded).getByText(RESOURCES[lang].results.infectionAnswer.fail)).toBeTruthy();
    expect(within(decoded).getByText('FW-001:', { exact: false })).toBeTruthy();
    expect(screen.getByRole('button', { name: r.next }).hasAttribute('disabled')).toBe(true);
  });

  it('shows the decoder error for a misread code', async () => {
    await renderApp({ lang });
    nav(RESOURCES[lang].common.nav.helpdesk);
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: r.next }));
    const broken = infected.supportCode.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    fireEvent.change(screen.getByLabelText(r.decodeLabel), { target: { value: broken } });
    fireEvent.click(screen.getByRole('button', { name: r.decode }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent!.length).toBeGreaterThan(5);
    expect(screen.queryByRole('region', { name: r.decoded })).toBeNull();
  });
});

describe.each(['en', 'ja'] as const)('helpdesk mode shows only its own result, in %s', (lang) => {
  const r = RESOURCES[lang].helpdesk;

  it('does not offer a result opened from History as the code to read out', async () => {
    await renderApp({ lang, history: [historyEntry('old', '2026-11-20T01:00:00Z', infected)], reports: { old: infected } });
    nav(RESOURCES[lang].common.nav.history);
    fireEvent.click(await screen.findByRole('button', { name: RESOURCES[lang].history.open }));
    await screen.findByRole('heading', { level: 1, name: RESOURCES[lang].results.title });
    nav(RESOURCES[lang].common.nav.helpdesk);
    expect(screen.queryByText(r.step1Done)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: r.next }));
    expect(screen.getByText(r.noCode)).toBeTruthy();
    expect(screen.queryByText(infected.supportCode.split('-')[0]!)).toBeNull();
  });

  it('says that the check failed instead of "done", and shows no code', async () => {
    const { bridge } = await renderApp({ lang });
    bridge.scan.mockRejectedValueOnce(new Error("Error invoking remote method 'botcheck:scan': Error: disk on fire"));
    nav(RESOURCES[lang].common.nav.helpdesk);
    fireEvent.click(screen.getByRole('button', { name: r.check }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('disk on fire');
    expect(alert.textContent).not.toContain('Error invoking');
    expect(alert.textContent).toContain(r.tryAgain);
    expect(screen.queryByText(r.step1Done)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: r.next }));
    expect(screen.getByText(r.noCode)).toBeTruthy();
  });
});

describe.each(['en', 'ja'] as const)('history in %s', (lang) => {
  const r = RESOURCES[lang].history;

  it('lists scans newest first with what changed since the one before', async () => {
    const { bridge } = await renderApp({
      lang,
      history: [historyEntry('old', '2026-11-20T01:00:00Z', infected), historyEntry('new', '2026-11-22T01:00:00Z', cleaned)],
      reports: { old: infected, new: cleaned },
    });
    nav(RESOURCES[lang].common.nav.history);
    const items = await screen.findAllByText(r.code.replace('{{code}}', '').trim(), { exact: false });
    expect(items[0]!.textContent).toContain(cleaned.supportCode);
    expect(items[1]!.textContent).toContain(infected.supportCode);
    expect(screen.getByText(r.first)).toBeTruthy();

    const before = new Map(infected.checks.map((c) => [c.id, c.status]));
    const changed = cleaned.checks.filter((c) => before.get(c.id) !== c.status);
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed) {
      const from = before.get(c.id);
      const status = RESOURCES[lang].common.status;
      await screen.findByText(`${c.title[lang]}: ${from ? status[from] : ''} → ${status[c.status]}`, {}, { timeout: 10_000 });
    }
    expect(bridge.loadReport).toHaveBeenCalledWith('old');
    expect(bridge.loadReport).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getAllByRole('button', { name: r.open })[1]!);
    await screen.findByRole('heading', { level: 1, name: RESOURCES[lang].results.title });
    expect(screen.getByText(RESOURCES[lang].results.infectionAnswer.fail)).toBeTruthy();
  });

  it('shows the problem when the history file was corrupt', async () => {
    const problem = { en: 'The history file was damaged and has been set aside.', ja: '履歴ファイルが壊れていたため、別の場所に移しました。' };
    await renderApp({ lang, historyProblem: problem });
    nav(RESOURCES[lang].common.nav.history);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: r.problem })).toBeTruthy();
    expect(alert.textContent).toContain(problem[lang]);
    expect(screen.getByText(r.none)).toBeTruthy();
  });
});

describe.each(['en', 'ja'] as const)('opening a saved scan that is gone, in %s', (lang) => {
  it('says so beside the scan the user pressed, and stays on History', async () => {
    await renderApp({ lang, history: [historyEntry('old', '2026-11-20T01:00:00Z', infected), historyEntry('gone', '2026-11-21T01:00:00Z', infected)], reports: { old: infected } });
    nav(RESOURCES[lang].common.nav.history);
    const buttons = await screen.findAllByRole('button', { name: RESOURCES[lang].history.open });
    fireEvent.click(buttons[0]!);
    // Right after the button pressed (the list's "what changed" may say the same for that scan).
    await waitFor(() => expect(buttons[0]!.nextElementSibling?.getAttribute('role')).toBe('alert'));
    const alert = buttons[0]!.nextElementSibling!;
    expect(alert.textContent).toContain('no report gone');
    expect(alert.closest('li')!.textContent).toContain(infected.supportCode);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(RESOURCES[lang].history.title);
  });
});

describe.each(['en', 'ja'] as const)('export in %s', (lang) => {
  const r = RESOURCES[lang].export;

  it('exports the newest saved scan as HTML, PDF and JSON', async () => {
    const { bridge } = await renderApp({ lang, history: [historyEntry('old', '2026-11-20T01:00:00Z', infected), historyEntry('new', '2026-11-22T01:00:00Z', cleaned)] });
    nav(RESOURCES[lang].common.nav.export);
    const select = (await screen.findByLabelText(r.which)) as HTMLSelectElement;
    expect(select.value).toBe('new');
    for (const format of ['html', 'pdf', 'json'] as const) {
      fireEvent.click(screen.getByRole('button', { name: r[format] }));
      await waitFor(() => expect(bridge.exportReport).toHaveBeenLastCalledWith('new', format, lang));
      await screen.findByText(r.saved.replace('{{path}}', `/home/user/botcheck-new.${format}`));
    }
    fireEvent.change(select, { target: { value: 'old' } });
    bridge.exportReport.mockResolvedValueOnce({ saved: false, path: null });
    fireEvent.click(screen.getByRole('button', { name: r.pdf }));
    await screen.findByText(r.cancelled);
    expect(bridge.exportReport).toHaveBeenLastCalledWith('old', 'pdf', lang);
  });

  it('starts from the result on screen, here one opened from History', async () => {
    await renderApp({ lang, history: [historyEntry('old', '2026-11-20T01:00:00Z', infected), historyEntry('new', '2026-11-22T01:00:00Z', cleaned)], reports: { old: infected, new: cleaned } });
    nav(RESOURCES[lang].common.nav.history);
    const open = await screen.findAllByRole('button', { name: RESOURCES[lang].history.open });
    fireEvent.click(open[1]!);
    await screen.findByRole('heading', { level: 1, name: RESOURCES[lang].results.title });
    nav(RESOURCES[lang].common.nav.export);
    expect(((await screen.findByLabelText(r.which)) as HTMLSelectElement).value).toBe('old');
  });

  it('says when nothing has been saved yet', async () => {
    await renderApp({ lang });
    nav(RESOURCES[lang].common.nav.export);
    await screen.findByText(r.none);
  });
});
