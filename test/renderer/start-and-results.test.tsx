// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { renderApp, resetDom } from './fake-bridge';

afterEach(resetDom);

describe.each(['en', 'ja'] as const)('start, scan and results in %s', (lang) => {
  const r = RESOURCES[lang];

  it('starts in the OS language with the two choices', async () => {
    await renderApp({ lang });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(r.start.title);
    expect(screen.getByRole('button', { name: r.start.checkPc })).toBeTruthy();
    expect(screen.getByRole('button', { name: r.start.notice })).toBeTruthy();
    expect(document.documentElement.lang).toBe(lang);
  });

  it('shows scan progress and then both headlines in plain words with cards', async () => {
    const { bridge } = await renderApp({ lang });
    fireEvent.click(screen.getByRole('button', { name: r.start.checkPc }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(r.scan.title);
    expect(screen.getByRole('progressbar', { name: r.scan.progressLabel })).toBeTruthy();
    await screen.findByRole('heading', { level: 1, name: r.results.title }, { timeout: 20_000 });
    expect(bridge.scan).toHaveBeenCalledWith({});

    expect(screen.getByRole('heading', { name: r.results.protectionQuestion })).toBeTruthy();
    expect(screen.getByRole('heading', { name: r.results.infectionQuestion })).toBeTruthy();
    expect(screen.getByText(r.results.protectionAnswer.fail)).toBeTruthy();
    expect(screen.getByText(r.results.infectionAnswer.fail)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(r.results.infectedAlert);

    const firewall = screen.getByRole('article', { name: lang === 'en' ? /Firewall blocks unsolicited inbound connections/ : /ファイアウォール|受信/ });
    expect(within(firewall).getByText(r.common.status.fail)).toBeTruthy();
    expect(within(firewall).getByRole('heading', { name: r.results.evidence })).toBeTruthy();
    expect(within(firewall).getByRole('heading', { name: r.results.howToFix })).toBeTruthy();
    const steps = within(firewall).getAllByRole('list')[1]!;
    expect(steps.tagName).toBe('OL');
    expect(within(steps).getAllByRole('listitem').length).toBe(4);

    for (const item of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'net'] as const) {
      expect(screen.getByRole('heading', { name: r.common.item[item] })).toBeTruthy();
    }
  });
});

describe('manual questions', () => {
  it('keeps the answer in localStorage and sends it with the next scan', async () => {
    const { bridge } = await renderApp({ lang: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Check my PC' }));
    await screen.findByRole('heading', { level: 1, name: 'Results' }, { timeout: 20_000 });
    const question = screen.getByRole('group', { name: /open attachments in mail/ });
    fireEvent.click(within(question).getByRole('radio', { name: 'Never' }));
    expect(within(question).getByText('Your answer is kept and used in the next check.')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('botcheck.answers')!)).toEqual({ 'MAN-001': 'never' });

    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByRole('heading', { level: 1, name: 'Results' }, { timeout: 20_000 });
    expect(bridge.scan).toHaveBeenLastCalledWith({ 'MAN-001': 'never' });
    const card = screen.getByRole('article', { name: /Unknown mail attachments are not opened/ });
    expect(within(card).getByText('OK')).toBeTruthy();
    expect((within(card).getByRole('radio', { name: 'Never' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('the texts of the results, scan, settings, connections and cleanup screens', () => {
  type Tree = { [key: string]: string | Tree };
  const leaves = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
  const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

  it.each(['results', 'scan', 'settings', 'connections', 'cleanup'] as const)('%s: every key in both languages, with the same placeholders', (ns) => {
    const en = new Map(leaves(RESOURCES.en[ns] as Tree));
    const ja = new Map(leaves(RESOURCES.ja[ns] as Tree));
    expect([...ja.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of en) {
      expect(text, `${ns}.${key}`).not.toBe('');
      expect(placeholders(ja.get(key)!), `${ns}.${key}`).toEqual(placeholders(text));
    }
  });

  it('ask the headline questions about this PC in both languages', () => {
    expect(RESOURCES.en.results.protectionQuestion).toBe('Is this PC protected?');
    expect(RESOURCES.ja.results.protectionQuestion).toBe('この PC は守られていますか?');
    expect(RESOURCES.en.results.infectionQuestion).toBe('Are there signs of a bot on this PC?');
    expect(RESOURCES.ja.results.infectionQuestion).toBe('この PC にボット感染の兆候はありますか?');
  });
});
