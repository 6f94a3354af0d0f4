// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemediationEntry } from '../../electron/shared/ipc';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { renderApp, resetDom } from './fake-bridge';

afterEach(resetDom);

const CATALOGUE = JSON.parse(readFileSync('signatures/remediation.json', 'utf8')) as { entries: { id: string; kind: string; url: string | null; phone: string | null; platforms: string[] }[] };

async function scanned(lang: 'en' | 'ja', replay?: string): Promise<Awaited<ReturnType<typeof renderApp>>> {
  const app = await renderApp({ lang, ...(replay ? { replay } : {}) });
  fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].start.checkPc }));
  await screen.findByRole('heading', { level: 1, name: RESOURCES[lang].results.title }, { timeout: 20_000 });
  return app;
}

describe.each(['en', 'ja'] as const)('connections in %s', (lang) => {
  const r = RESOURCES[lang].connections;

  it('shows the table with headers and the flagged IRC row with its reason', async () => {
    await scanned(lang);
    fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].results.openConnections }));
    const table = screen.getByRole('table', { name: r.caption });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([r.col.process, r.col.path, r.col.remote, r.col.state, r.col.why]);
    const flagged = within(table).getAllByRole('row').filter((row) => row.classList.contains('flagged'));
    expect(flagged).toHaveLength(1);
    const row = flagged[0]!;
    expect(within(row).getByRole('rowheader').textContent).toBe('kworker (2)');
    expect(row.textContent).toContain('10.213.7.2:6667');
    expect(row.textContent).toContain('/tmp/bclab-');
    expect(row.textContent).toContain(`${r.states.ESTABLISHED} (ESTABLISHED)`);
    expect(within(row).getByText(r.flagged)).toBeTruthy();
    expect(row.textContent).toContain(lang === 'en' ? 'IRC, the chat protocol many bots use' : 'IRC (チャット) のポート');

    fireEvent.click(screen.getByRole('checkbox', { name: r.onlyFlagged }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });
});

describe.each(['en', 'ja'] as const)('cleanup guide in %s', (lang) => {
  const r = RESOURCES[lang].cleanup;

  it('is offered when signs of a bot were found and its links open the catalogue URLs', async () => {
    const { bridge } = await scanned(lang);
    fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].results.openCleanup }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(r.title);
    expect(screen.getByRole('alert').textContent).toBe(r.found);
    for (const step of [r.step1Title, r.step2Title, r.step3Title, r.step4Title, r.step5Title]) {
      expect(screen.getByRole('heading', { name: step })).toBeTruthy();
    }
    const clamav = CATALOGUE.entries.find((e) => e.id === 'clamav')!;
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(`ClamAV.*${clamav.url!.replace(/[.?/]/g, '\\$&')}`) }));
    expect(bridge.openExternal).toHaveBeenCalledWith(clamav.url);
    await screen.findByText(r.opened);
    expect(screen.queryByRole('button', { name: /Safety Scanner/ })).toBeNull();

    const ipa = CATALOGUE.entries.find((e) => e.id === 'ipa-anshin')!;
    expect(screen.getByText(r.phone.replace('{{phone}}', ipa.phone!))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(ipa.url!.replace(/[.?/]/g, '\\$&')) }));
    expect(bridge.openExternal).toHaveBeenLastCalledWith(ipa.url);

    fireEvent.click(screen.getByRole('button', { name: r.rescan }));
    await waitFor(() => expect(bridge.scan).toHaveBeenCalledTimes(2));
  });
});

describe('cleanup guide without a scan', () => {
  it('is reachable from the navigation and lists every tool with a URL in the catalogue', async () => {
    const { bridge } = await renderApp({ lang: 'en' });
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Cleanup guide' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await screen.findAllByRole('button', { name: /Open the official page/ });
    const tools = CATALOGUE.entries.filter((e) => (e.kind === 'removal-tool' || e.kind === 'scanner') && e.url);
    const desks = CATALOGUE.entries.filter((e) => e.kind === 'help-desk' && e.url);
    for (const entry of [...tools, ...desks]) {
      fireEvent.click(screen.getByRole('button', { name: new RegExp(`\\(${entry.url!.replace(/[.?/]/g, '\\$&')}\\)`) }));
      expect(bridge.openExternal).toHaveBeenLastCalledWith(entry.url);
    }
    expect(bridge.openExternal).toHaveBeenCalledTimes(tools.length + desks.length);
  });

  it('says so when main refuses to open a page', async () => {
    const { bridge } = await renderApp({ lang: 'en' });
    bridge.openExternal.mockResolvedValueOnce(false);
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Cleanup guide' }));
    fireEvent.click((await screen.findAllByRole('button', { name: /Open the official page/ }))[0]!);
    await screen.findByText('The page could not be opened.');
  });
});

describe.each(['en', 'ja'] as const)('cleanup guide names the discontinued tool (%s)', (lang) => {
  it('says the Cyber Clean Center tool is gone, so a download under that name is not genuine', async () => {
    await renderApp({ lang });
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES[lang].common.nav.cleanup }));
    const entry = CATALOGUE.entries.find((e) => e.kind === 'discontinued') as unknown as { name: { en: string; ja: string } };
    expect(await screen.findByText(RESOURCES[lang].cleanup.discontinued.replace('{{name}}', entry.name[lang]))).toBeTruthy();
  });
});

describe.each(['en', 'ja'] as const)('connections that could not be fully seen, in %s', (lang) => {
  const r = RESOURCES[lang].connections;
  const fill = (text: string, port: number): string => text.replace('{{port}}', String(port));
  const rowOf = (header: string, port: string): HTMLElement =>
    within(screen.getByRole('table', { name: r.caption })).getAllByRole('row').find((row) => row.querySelector('th')?.textContent === header && row.textContent!.includes(port))!;
  const cells = (row: HTMLElement): string[] => within(row).getAllByRole('cell').map((c) => c.textContent ?? '');

  it('says the program could not be seen, gives UDP a dash and a listening socket its port', async () => {
    await scanned(lang, 'windows-11-at-risk-23h2');
    fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].results.openConnections }));

    const unseen = rowOf(`${r.unknownProcess} (924)`, fill(r.listensOn, 135));
    expect(cells(unseen)).toEqual(['', fill(r.listensOn, 135), `${r.states.LISTEN} (LISTEN)`, r.programUnseen]);
    expect(unseen.textContent).not.toContain(r.notFlagged);

    const system = rowOf('System (4)', fill(r.listensOn, 445));
    expect(cells(system)[3]).toBe(r.notFlagged);

    const udp = rowOf(`${r.unknownProcess} (10392)`, fill(r.noRemote, 123));
    expect(cells(udp).slice(1, 3)).toEqual([fill(r.noRemote, 123), r.noStateUdp]);
    expect(r.noStateUdp.startsWith('—')).toBe(true);

    for (const text of ['問題なし', 'Nothing found']) expect(screen.queryByText(text)).toBeNull();
  });

  it('says no connection was flagged when the filter leaves nothing', async () => {
    await scanned(lang, 'linux-debian12-dev-host');
    fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].results.openConnections }));
    expect(screen.getByRole('table', { name: r.caption })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: r.onlyFlagged }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(r.noneFlagged)).toBeTruthy();
    expect(screen.queryByText(r.none)).toBeNull();
    expect(r.noneFlagged).not.toBe(r.none);
  });

  it('has plain words for every TCP state the engine can report', () => {
    const states = ['ESTABLISHED', 'LISTEN', 'SYN_SENT', 'SYN_RECV', 'SYN_RCVD', 'FIN_WAIT1', 'FIN_WAIT2', 'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT', 'CLOSE', 'CLOSED', 'DELETE_TCB', 'BOUND'];
    expect(Object.keys(r.states).sort()).toEqual([...states].sort());
    expect(Object.keys(RESOURCES.en.connections.states)).toEqual(Object.keys(RESOURCES.ja.connections.states));
  });
});

describe.each(['en', 'ja'] as const)('cleanup guide warns about the fake CCC Cleaner (%s)', (lang) => {
  const r = RESOURCES[lang].cleanup;

  it('shows a warning naming the tool, that it ended in 2011, and that offers of it are fake', async () => {
    await renderApp({ lang });
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES[lang].common.nav.cleanup }));
    const warning = screen.getByRole('region', { name: r.cccTitle });
    expect(within(warning).getByText(r.cccWarning)).toBeTruthy();
    expect(r.cccWarning).toContain('CCC');
    expect(r.cccWarning).toContain('2011');
    expect(r.cccWarning).toMatch(lang === 'en' ? /fake/ : /偽物/);
    expect(r.cccTitle).toMatch(lang === 'en' ? /CCC Cleaner/ : /CCC クリーナー/);
  });
});

describe('cleanup guide link feedback', () => {
  it('announces each result beside the link pressed, and again when it repeats', async () => {
    const { bridge } = await renderApp({ lang: 'en' });
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Cleanup guide' }));
    const [first, second] = await screen.findAllByRole('button', { name: /Open the official page/ });
    const statusOf = (button: HTMLElement): HTMLElement => within(button.closest('li')!).getByRole('status');

    fireEvent.click(first!);
    await waitFor(() => expect(statusOf(first!).textContent).toBe('The page was opened in your web browser.'));
    expect(statusOf(second!).textContent).toBe('');

    bridge.openExternal.mockResolvedValue(false);
    fireEvent.click(second!);
    await waitFor(() => expect(statusOf(second!).textContent).toBe('The page could not be opened.'));
    const shown = statusOf(second!).firstElementChild;
    fireEvent.click(second!);
    await waitFor(() => expect(statusOf(second!).firstElementChild).not.toBe(shown));
    expect(statusOf(second!).textContent).toBe('The page could not be opened.');
    expect(statusOf(first!).textContent).toBe('The page was opened in your web browser.');
  });
});

describe('cleanup guide catalogue', () => {
  it('lists what the threat data in use holds, which after an update may differ from what the app shipped', async () => {
    const { bridge } = await renderApp({ lang: 'en' });
    const shipped = (await bridge.remediation()) as RemediationEntry[];
    const updated = shipped.filter((e) => e.id !== 'clamav');
    updated.push({ ...shipped.find((e) => e.id === 'clamav')!, id: 'new-scanner', name: { en: 'New Official Scanner', ja: '新しい公式スキャナー' }, url: 'https://learn.microsoft.com/new-scanner' });
    bridge.remediation.mockResolvedValueOnce(updated);
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Cleanup guide' }));
    fireEvent.click(await screen.findByRole('button', { name: /New Official Scanner/ }));
    expect(bridge.openExternal).toHaveBeenLastCalledWith('https://learn.microsoft.com/new-scanner');
    expect(screen.queryByRole('button', { name: /ClamAV/ })).toBeNull();
  });

  it('says when the catalogue cannot be had, instead of showing no tools', async () => {
    const { bridge } = await renderApp({ lang: 'ja' });
    bridge.remediation.mockRejectedValueOnce(new Error("Error invoking remote method 'botcheck:remediation': Error: 読めません"));
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES.ja.common.nav.cleanup }));
    const alerts = await screen.findAllByText(/読めません/);
    expect(alerts.length).toBeGreaterThan(0);
    expect(screen.queryByText(RESOURCES.ja.cleanup.noTool)).toBeNull();
  });
});
