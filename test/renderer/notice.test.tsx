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
    expect(screen.getByText(r.noDestinationMatch)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: r.phishingTitle })).toBeNull();
  });

  it('shows the phishing warning first as soon as a red flag is ticked, and the reasons after the check', async () => {
    const { bridge } = await openForm(lang);
    fireEvent.click(screen.getByRole('checkbox', { name: r.flags.asksForCredentials }));
    const warning = screen.getByRole('alert');
    expect(within(warning).getByRole('heading', { name: r.phishingTitle })).toBeTruthy();
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
    expect(matches.textContent).toContain('kworker → 10.213.7.2:6667 (ESTABLISHED)');
    expect(screen.getByRole('heading', { name: r.processMatches }).nextElementSibling!.textContent).toContain('/tmp/bclab-');
    fireEvent.click(screen.getByRole('button', { name: r.openCleanup }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(RESOURCES.en.cleanup.title);
  });

  it('refuses a port that is not a port, and the phone channel alone raises the warning', async () => {
    const { bridge } = await openForm('en');
    const r = RESOURCES.en.notice;
    fireEvent.change(screen.getByLabelText(r.destPort), { target: { value: '70000' } });
    expect(screen.getByText(r.portInvalid)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: r.submit }));
    expect(bridge.checkNotice).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(r.channel), { target: { value: 'phone' } });
    expect(screen.getByRole('heading', { name: r.phishingTitle })).toBeTruthy();
  });
});
