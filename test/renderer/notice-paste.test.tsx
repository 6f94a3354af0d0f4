// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { renderApp, resetDom } from './fake-bridge';

afterEach(resetDom);

/** The Telekom notice of notices.md §4, with a customer number and a named destination added. */
const TELEKOM = 'Kundennummer: 4711-0815\nIP-Adresse: xx.204.161.89\nZeitpunkt: 02.06.2021 19:22:06 MESZ\nInfektion: wannacry\nZiel: 10.213.7.2 port 6667';

async function openForm(lang: 'en' | 'ja'): Promise<Awaited<ReturnType<typeof renderApp>>> {
  const app = await renderApp({ lang });
  fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].start.notice }));
  await screen.findByRole('heading', { level: 1, name: RESOURCES[lang].notice.title });
  return app;
}

const paste = (lang: 'en' | 'ja', text: string): void => {
  fireEvent.change(screen.getByLabelText(RESOURCES[lang].notice.paste.label), { target: { value: text } });
};

const value = (label: string): string => (screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;

describe.each(['en', 'ja'] as const)('pasting the notice in %s', (lang) => {
  const r = RESOURCES[lang].notice;

  it('sits above the questions, says the text stays on this PC, and starts empty', async () => {
    await openForm(lang);
    const area = screen.getByLabelText(r.paste.label);
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.getAttribute('aria-describedby')).toBe(screen.getByText(r.paste.hint).id);
    expect(area.compareDocumentPosition(screen.getByLabelText(r.sender)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('heading', { name: r.paste.foundHeading })).toBeNull();
  });

  it('shows what it found, fills the form on request, and sends only the form to the check', async () => {
    const { bridge } = await openForm(lang);
    paste(lang, TELEKOM);
    const list = screen.getByRole('heading', { name: r.paste.foundHeading }).nextElementSibling!;
    const row = (key: keyof typeof r.paste.found): string => within(list as HTMLElement).getByText(r.paste.found[key]).nextElementSibling!.textContent!;
    expect(row('dates')).toBe(`${r.paste.quoted.replace('{{text}}', '02.06.2021 19:22:06 MESZ')} → 2021-06-02 19:22:06`);
    expect(row('zones')).toBe(r.zones['Europe/Berlin']);
    expect(row('yourAddresses')).toBe('xx.204.161.89');
    expect(row('destinationAddresses')).toBe('10.213.7.2');
    expect(row('ports')).toBe('6667');
    expect(row('malware')).toBe('WannaCry');
    expect(row('customerNumber')).toBe(r.paste.customerNumberMentioned);
    expect(list.textContent).not.toContain('4711');
    expect(screen.getByText(r.paste.notFound.replace('{{items}}', [r.paste.found.redFlags, r.paste.found.urls].join(r.paste.listSeparator)))).toBeTruthy();
    // Nothing is filled until the user says so.
    expect(value(r.malware)).toBe('');

    fireEvent.click(screen.getByRole('button', { name: r.paste.fill }));
    expect(screen.getByRole('status').textContent).toBe(r.paste.filled);
    expect((screen.getByRole('radio', { name: r.precision.full }) as HTMLInputElement).checked).toBe(true);
    expect(value(r.dateTime)).toMatch(/^2021-06-02T19:22:06/);
    expect(value(r.timeZone)).toBe('Europe/Berlin');
    expect(value(r.reportedAddress)).toBe('xx.204.161.89');
    expect(value(r.destAddress)).toBe('10.213.7.2');
    expect(value(r.destPort)).toBe('6667');
    expect(value(r.malware)).toBe('WannaCry');
    expect((within(screen.getByRole('group', { name: r.customerNumber })).getByRole('radio', { name: r.yes }) as HTMLInputElement).checked).toBe(true);

    // Everything stays editable after filling.
    fireEvent.change(screen.getByLabelText(r.malware), { target: { value: 'WannaCry 2.0' } });
    fireEvent.click(screen.getByRole('button', { name: r.submit }));
    expect(bridge.checkNotice).toHaveBeenCalledWith({
      sender: null,
      channel: null,
      kind: null,
      observedAt: '2021-06-02T19:22:06',
      timeZone: 'Europe/Berlin',
      reportedAddress: 'xx.204.161.89',
      destination: { address: '10.213.7.2', domain: null, port: 6667, protocol: null },
      malware: 'WannaCry 2.0',
      hasCustomerNumber: true,
      redFlags: { attachment: false, toolDownloadLink: false, asksForCredentials: false, asksForMoney: false },
    }, {});
    await screen.findByRole('heading', { level: 1, name: r.resultTitle }, { timeout: 20_000 });
    const sent = JSON.stringify(Object.values(bridge).map((fn) => fn.mock.calls));
    for (const part of ['4711-0815', 'Kundennummer', 'Zeitpunkt', 'Infektion']) expect(sent).not.toContain(part);
    expect(JSON.stringify({ ...localStorage })).not.toContain('4711');
  });

  it('says plainly when the text holds nothing it can use', async () => {
    await openForm(lang);
    paste(lang, 'Constant Guard from XFINITY identified one or more of your computers may be infected with a bot');
    expect(screen.getByText(r.paste.nothingFound)).toBeTruthy();
    expect(screen.queryByRole('button', { name: r.paste.fill })).toBeNull();
  });

  it('shows the signs of a fake notice with their words, and leaves ticking the boxes (and so the warning) to the user', async () => {
    await openForm(lang);
    paste(lang, '【重要】総務省共同プロジェクト … 除去ツールの配布について\nhttps://example.com/cleaner.exe');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(r.paste.flagFound.toolDownloadLink, { exact: false }).textContent).toContain('https://example.com/cleaner.exe');
    expect(screen.getByText('example.com', { selector: 'strong' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: r.paste.fill }));
    const box = screen.getByRole('checkbox', { name: r.flags.toolDownloadLink }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(box);
    expect(within(screen.getByRole('alert')).getByRole('listitem').textContent).toBe(r.warning.toolDownloadLink);
  });

  it('shows the year it assumed for a date the notice gave without one', async () => {
    await openForm(lang);
    paste(lang, '不正通信遮断日が1月25日の14時39分00秒');
    const year = String(new Date().getMonth() === 0 && new Date().getDate() < 25 ? new Date().getFullYear() - 1 : new Date().getFullYear());
    expect(screen.getByText(r.paste.yearAssumed.replace('{{year}}', year), { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: r.paste.fill }));
    expect(value(r.dateTime)).toMatch(new RegExp(`^${year}-01-25T14:39`));
    expect(value(r.timeZone)).toBe('Asia/Tokyo');
  });

  it("labels a pasted mail's own date as its sending time and fills in the time of the traffic", async () => {
    await openForm(lang);
    paste(lang, '差出人: abuse@isp.example\n送信日時: 2026年11月24日 10:12\n件名: ご連絡\n\n2026年11月20日 03時15分頃、通信を検知しました。');
    expect(screen.getByText(r.paste.mailSent, { exact: false }).textContent).toContain('2026-11-24 10:12');
    fireEvent.click(screen.getByRole('button', { name: r.paste.fill }));
    expect(value(r.dateTime)).toMatch(/^2026-11-20T03:15/);
  });
});
