// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../electron/shared/types';
import { RESOURCES } from '../../renderer/src/i18n/resources';
import { renderApp, replayReport, resetDom } from './fake-bridge';

afterEach(resetDom);

let report: Report;
beforeAll(async () => {
  report = await replayReport('linux-lab-irc-bot');
}, 60_000);

async function openDecoder(lang: 'en' | 'ja'): Promise<Awaited<ReturnType<typeof renderApp>>> {
  const app = await renderApp({ lang });
  fireEvent.click(within(screen.getByRole('navigation')).getByRole('button', { name: RESOURCES[lang].common.nav.helpdesk }));
  for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].helpdesk.next }));
  return app;
}

function decode(lang: 'en' | 'ja', code: string): void {
  fireEvent.change(screen.getByLabelText(RESOURCES[lang].helpdesk.decodeLabel), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: RESOURCES[lang].helpdesk.decode }));
}

describe.each(['en', 'ja'] as const)('support code decoder in %s', (lang) => {
  const r = RESOURCES[lang];

  it('says "decoded" in a short status and shows the result as a plain region, not a live one', async () => {
    await openDecoder(lang);
    decode(lang, report.supportCode);
    const region = await screen.findByRole('region', { name: r.helpdesk.decoded }, { timeout: 10_000 });
    const status = screen.getAllByRole('status').find((s) => s.textContent === r.helpdesk.decoded);
    expect(status).toBeTruthy();
    expect(status!.contains(region)).toBe(false);
    expect(region.closest('[aria-live]')).toBeNull();
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('shows a failed bridge call as an alert without Electron\'s wrapper, and clears the earlier result', async () => {
    const { bridge } = await openDecoder(lang);
    decode(lang, report.supportCode);
    await screen.findByRole('region', { name: r.helpdesk.decoded }, { timeout: 10_000 });
    bridge.decodeSupportCode.mockRejectedValueOnce(new Error("Error invoking remote method 'botcheck:decode-support-code': Error: no answer"));
    decode(lang, report.supportCode);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(r.common.error.replace('{{message}}', 'no answer'));
    expect(screen.queryByRole('region', { name: r.helpdesk.decoded })).toBeNull();
    expect(screen.queryByText(r.helpdesk.decoded)).toBeNull();
  });

  it('clears an earlier error when the next code decodes', async () => {
    await openDecoder(lang);
    decode(lang, 'nonsense');
    await screen.findByRole('alert', {}, { timeout: 10_000 });
    decode(lang, report.supportCode);
    await screen.findByRole('region', { name: r.helpdesk.decoded }, { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
