// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
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
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`ClamAV.*${clamav.url!.replace(/[.?/]/g, '\\$&')}`) }));
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
    fireEvent.click(screen.getAllByRole('button', { name: /Open the official page/ })[0]!);
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
