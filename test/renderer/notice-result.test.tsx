// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeInput, NoticeResult } from '../../electron/shared/ipc';
import { emptyNotice } from '../../electron/shared/notice';
import type { ReportConnection } from '../../electron/shared/types';
import { NoticeResultScreen } from '../../renderer/src/components/notice-result-screen';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { createI18n } from '../../renderer/src/i18n/setup';
import { renderApp, replayRun, resetDom } from './fake-bridge';

afterEach(resetDom);

/** The real engine's answer for this notice on a recorded machine. */
async function resultFor(replay: string, notice: NoticeInput): Promise<NoticeResult> {
  const run = await replayRun(replay, {}, notice);
  return run.notice!;
}

function show(lang: 'en' | 'ja', result: NoticeResult): void {
  render(createElement(I18nextProvider, { i18n: createI18n(lang) }, createElement(NoticeResultScreen, { result, onResults: vi.fn(), onCleanup: vi.fn() })));
}

const section = (heading: string): string => screen.getByRole('heading', { name: heading }).nextElementSibling!.textContent!;
const fill = (text: string, values: Record<string, string | number>): string => Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, String(v)), text);

const NAMED = { ...emptyNotice(), malware: 'Emotet', destination: { address: '192.9.135.73', domain: null, port: 443, protocol: null } };

describe.each(['en', 'ja'] as const)('notice result sections in %s', (lang) => {
  const r = RESOURCES[lang].notice;

  it('says there was nothing to compare when the notice named no destination and no malware', async () => {
    const notice = emptyNotice();
    show(lang, await resultFor('linux-lab-bot-gone', notice));
    expect(section(r.destinationMatches)).toBe(r.noDestinationStated);
    expect(section(r.processMatches)).toBe(r.noMalwareStated);
  });

  it('names what it looked for when nothing matched, without calling the PC clean', async () => {
    show(lang, await resultFor('linux-lab-bot-gone', NAMED));
    expect(section(r.destinationMatches)).toBe(fill(r.noDestinationMatch, { where: fill(r.where.both, { address: '192.9.135.73', port: 443 }) }));
    expect(section(r.processMatches)).toBe(fill(r.noProcessMatch, { name: 'Emotet' }));
  });

  it('a port alone is named as a port', async () => {
    const notice = { ...emptyNotice(), destination: { address: null, domain: null, port: 6667, protocol: null } };
    show(lang, await resultFor('linux-lab-bot-gone', notice));
    expect(section(r.destinationMatches)).toBe(fill(r.noDestinationMatch, { where: fill(r.where.port, { port: 6667 }) }));
  });

  it('says the connection list could not be read, and why, instead of "nothing found"', async () => {
    const result = await resultFor('windows-helpdesk-netsh-systeminfo', NAMED);
    expect(result.report.connections).toBeNull();
    show(lang, result);
    const reason = result.report.checks.find((c) => c.id === 'NET-001')!.reason!.text[lang];
    expect(section(r.destinationMatches)).toBe(fill(r.connectionsUnreadable, { reason }));
    expect(section(r.processMatches)).toBe(fill(r.malwareUnreadable, { reason, name: 'Emotet' }));
  });

  it('writes each match as program → address:port and the state in plain words; IPv6 in brackets, no empty brackets for UDP', async () => {
    const base = await resultFor('linux-lab-bot-gone', NAMED);
    const row = (c: Partial<ReportConnection>): ReportConnection => ({ protocol: 'tcp', localAddress: '192.168.1.5', localPort: 50000, remoteAddress: '192.9.135.73', remotePort: 443, state: 'ESTABLISHED', pid: 812, process: 'evil', path: null, flags: [], ...c });
    const result = { ...base, destinationMatches: [row({}), row({ protocol: 'udp6', remoteAddress: '2001:db8::25', state: '', pid: null, process: null }), row({ remotePort: null, state: 'SYN_SENT' })] };
    show(lang, result);
    const items = screen.getByRole('heading', { name: r.destinationMatches }).nextElementSibling!.querySelectorAll('li');
    const states = RESOURCES[lang].connections.states;
    expect([...items].map((li) => li.textContent)).toEqual([
      `evil (812) → 192.9.135.73:443 — ${states.ESTABLISHED} (ESTABLISHED)`,
      `${RESOURCES[lang].connections.unknownProcess} → [2001:db8::25]:443`,
      `evil (812) → 192.9.135.73 — ${states.SYN_SENT} (SYN_SENT)`,
    ]);
  });
});

describe('through the app, on a PC whose connection list could not be read', () => {
  it('the result says so with the reason, in the section and in the explanation', async () => {
    const r = RESOURCES.en.notice;
    await renderApp({ lang: 'en', replay: 'windows-helpdesk-netsh-systeminfo' });
    fireEvent.click(screen.getByRole('button', { name: RESOURCES.en.start.notice }));
    await screen.findByRole('heading', { level: 1, name: r.title });
    fireEvent.change(screen.getByLabelText(r.destAddress), { target: { value: '192.9.135.73' } });
    fireEvent.click(screen.getByRole('button', { name: r.submit }));
    await screen.findByRole('heading', { level: 1, name: r.resultTitle }, { timeout: 20_000 });
    const reason = 'windows.connections: not in the recorded folder.';
    expect(section(r.destinationMatches)).toBe(fill(r.connectionsUnreadable, { reason }));
    expect(screen.getByText(/could not be read \(windows\.connections: not in the recorded folder\.\), so whether it is talking to 192\.9\.135\.73 cannot be told/, { selector: 'p' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('No connection to');
  });
});
