// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NoticeInput } from '../../electron/shared/ipc';
import { emptyNotice } from '../../electron/shared/notice';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { renderApp, resetDom } from './fake-bridge';

afterEach(resetDom);

const NOTHING_STATED: NoticeInput = emptyNotice();

async function openForm(lang: 'en' | 'ja'): Promise<Awaited<ReturnType<typeof renderApp>>> {
  const app = await renderApp({ lang });
  fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].start.notice }));
  await screen.findByRole('heading', { level: 1, name: RESOURCES[lang].notice.title });
  return app;
}

describe.each(['en', 'ja'] as const)('notice form in %s', (lang) => {
  const r = RESOURCES[lang].notice;

  it('submits with every field left as not stated and explains the result', async () => {
    const { bridge } = await openForm(lang);
    expect(screen.queryByRole('alert')).toBeNull();
    for (const label of [r.sender, r.channel, r.kind]) {
      expect((screen.getByLabelText(label) as HTMLSelectElement).value).toBe('');
    }
    fireEvent.click(screen.getByRole('button', { name: r.submit }));
    expect(bridge.checkNotice).toHaveBeenCalledWith(NOTHING_STATED, {});
    await screen.findByRole('heading', { level: 1, name: r.resultTitle }, { timeout: 20_000 });
    expect(screen.getByRole('heading', { name: r.explanation })).toBeTruthy();
    expect(screen.getByText(lang === 'en' ? /check of this PC found signs of a bot/ : /PC の検査でボット感染の兆候が見つかりました/, { selector: 'p' })).toBeTruthy();
    // The notice named nothing: no sentence may read as "looked and found nothing".
    const page = document.body.textContent!;
    expect(page).not.toContain(r.noDestinationMatch.split('{{')[0]);
    expect(page).not.toContain(r.noProcessMatch.split('{{')[0]);
    const destination = screen.queryByRole('heading', { name: r.destinationMatches });
    if (destination) expect(destination.nextElementSibling!.textContent).toBe(r.noDestinationStated);
    expect(screen.queryByRole('heading', { name: r.phishingTitle })).toBeNull();
  });

  it('shows the phishing warning first as soon as a red flag is ticked, and the reasons after the check', async () => {
    const { bridge } = await openForm(lang);
    fireEvent.click(screen.getByRole('checkbox', { name: r.flags.asksForCredentials }));
    const warning = screen.getByRole('alert');
    expect(within(warning).getByRole('heading', { name: r.phishingTitle })).toBeTruthy();
    expect(within(warning).getByRole('listitem').textContent).toBe(r.warning.asksForCredentials);
    expect(warning.textContent).toContain('03-5978-7509');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.compareDocumentPosition(warning) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(warning.compareDocumentPosition(screen.getByLabelText(r.sender)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: r.submit }));
    await screen.findByRole('heading', { level: 1, name: r.resultTitle }, { timeout: 20_000 });
    expect(bridge.checkNotice.mock.calls[0]![0].redFlags.asksForCredentials).toBe(true);
    expect(screen.getByRole('heading', { name: r.phishingReasons })).toBeTruthy();
    expect(screen.getByText(lang === 'en' ? /asks for an ID or password/ : /ID やパスワードの入力を求めていました/)).toBeTruthy();
  });
});

describe.each(['en', 'ja'] as const)('the warning fits what raised it, in %s', (lang) => {
  const r = RESOURCES[lang].notice;

  it.each(['phone', 'popup'] as const)('the %s channel alone raises a warning about that route', async (channel) => {
    await openForm(lang);
    fireEvent.change(screen.getByLabelText(r.channel), { target: { value: channel } });
    const warning = screen.getByRole('alert');
    expect(within(warning).getByRole('heading', { name: r.phishingTitle })).toBeTruthy();
    expect(within(warning).getByRole('listitem').textContent).toBe(r.warning[channel]);
    fireEvent.change(screen.getByLabelText(r.channel), { target: { value: 'email' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists each reason once, how it came first', async () => {
    await openForm(lang);
    fireEvent.click(screen.getByRole('checkbox', { name: r.flags.asksForMoney }));
    fireEvent.click(screen.getByRole('checkbox', { name: r.flags.attachment }));
    fireEvent.change(screen.getByLabelText(r.channel), { target: { value: 'popup' } });
    const items = within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([r.warning.popup, r.warning.attachment, r.warning.asksForMoney]);
  });
});

describe('notice form fields', () => {
  it('passes what the notice states and finds the connection to the named destination', async () => {
    const { bridge } = await openForm('en');
    const r = RESOURCES.en.notice;
    fireEvent.change(screen.getByLabelText(r.sender), { target: { value: 'ocn' } });
    fireEvent.change(screen.getByLabelText(r.channel), { target: { value: 'email' } });
    fireEvent.change(screen.getByLabelText(r.kind), { target: { value: 'c2-blocked' } });
    fireEvent.click(screen.getByRole('radio', { name: r.precision.date }));
    fireEvent.change(screen.getByLabelText(r.date), { target: { value: '2026-11-20' } });
    expect((screen.getByLabelText(r.timeZone) as HTMLSelectElement).value).toBe('Asia/Tokyo');
    fireEvent.change(screen.getByLabelText(r.reportedAddress), { target: { value: 'xx.204.161.89' } });
    fireEvent.change(screen.getByLabelText(r.destAddress), { target: { value: '10.213.7.2' } });
    fireEvent.change(screen.getByLabelText(r.destPort), { target: { value: '6667' } });
    fireEvent.change(screen.getByLabelText(r.protocol), { target: { value: 'tcp' } });
    fireEvent.change(screen.getByLabelText(r.malware), { target: { value: 'kworker' } });
    fireEvent.click(within(screen.getByRole('group', { name: r.customerNumber })).getByRole('radio', { name: r.yes }));
    fireEvent.click(screen.getByRole('button', { name: r.submit }));

    expect(bridge.checkNotice).toHaveBeenCalledWith({
      sender: 'OCN / NTT Communications',
      channel: 'email',
      kind: 'c2-blocked',
      observedAt: '2026-11-20',
      timeZone: 'Asia/Tokyo',
      reportedAddress: 'xx.204.161.89',
      destination: { address: '10.213.7.2', domain: null, port: 6667, protocol: 'tcp' },
      malware: 'kworker',
      hasCustomerNumber: true,
      redFlags: { attachment: false, toolDownloadLink: false, asksForCredentials: false, asksForMoney: false },
    }, {});
    await screen.findByRole('heading', { level: 1, name: r.resultTitle }, { timeout: 20_000 });
    const matches = screen.getByRole('heading', { name: r.destinationMatches }).nextElementSibling!;
    expect(matches.textContent).toMatch(new RegExp(`^kworker \\(\\d+\\) → 10\\.213\\.7\\.2:6667 — ${RESOURCES.en.connections.states.ESTABLISHED} \\(ESTABLISHED\\)$`));
    expect(screen.getByRole('heading', { name: r.processMatches }).nextElementSibling!.textContent).toContain('/tmp/bclab-');
    fireEvent.click(screen.getByRole('button', { name: r.openCleanup }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(RESOURCES.en.cleanup.title);
  });

  it('refuses a port that is not a port', async () => {
    const { bridge } = await openForm('en');
    const r = RESOURCES.en.notice;
    fireEvent.change(screen.getByLabelText(r.destPort), { target: { value: '70000' } });
    expect(screen.getByText(r.portInvalid)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: r.submit }));
    expect(bridge.checkNotice).not.toHaveBeenCalled();
  });

  it('caps every text field at the length the main process accepts', async () => {
    await openForm('en');
    const r = RESOURCES.en.notice;
    const caps: [string, number][] = [[r.senderOther, 200], [r.reportedAddress, 100], [r.destAddress, 100], [r.destDomain, 253], [r.malware, 100]];
    for (const [label, max] of caps) expect((screen.getByLabelText(label) as HTMLInputElement).maxLength).toBe(max);
  });
});
