import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateNotice } from '../../electron/engine/notice';
import { emptyNotice } from '../../electron/shared/notice';
import { scan } from '../../electron/engine/scan';
import { bundledSignatures } from '../support/signatures';

const REPLAYS = join(import.meta.dirname, '../replays');
const labReport = async (name: string) => scan({ signatures: await bundledSignatures(), replayDir: join(REPLAYS, name) });

describe('the notice path', () => {
  it('works with every field "not stated", and says so', async () => {
    const r = evaluateNotice(emptyNotice(), await labReport('linux-lab-bot-gone'));
    expect(r.phishing.suspected).toBe(false);
    expect(r.destinationMatches).toEqual([]);
    expect(r.explanation[0]!.en).toMatch(/gives no time, address or malware name/);
    expect(r.explanation.at(-1)!.ja.length).toBeGreaterThan(0);
  });

  it('finds the live connection to the destination the notice names, with the program, in the lab recording', async () => {
    const notice = { ...emptyNotice(), observedAt: '2026-11-25T22:40', timeZone: 'UTC', destination: { address: '10.213.7.2', domain: null, port: 6667, protocol: 'tcp' as const } };
    const r = evaluateNotice(notice, await labReport('linux-lab-irc-bot'));
    expect(r.destinationMatches).toHaveLength(1);
    expect(r.destinationMatches[0]).toMatchObject({ remoteAddress: '10.213.7.2', remotePort: 6667, process: 'kworker' });
    expect(r.destinationMatches[0]!.path).toMatch(/^\/tmp\/.*\/kworker$/);
    expect(r.processMatches.some((p) => p.name === 'kworker')).toBe(true);
    expect(r.explanation.some((e) => e.en.includes('connected to 10.213.7.2 port 6667 right now'))).toBe(true);
    expect(r.explanation.some((e) => e.ja.includes('10.213.7.2 のポート 6667 に接続しています'))).toBe(true);
  });

  it('says "no connection now" without calling the PC clean when the destination is not connected', async () => {
    const notice = { ...emptyNotice(), destination: { address: '192.9.135.73', domain: null, port: null, protocol: null } };
    const r = evaluateNotice(notice, await labReport('linux-lab-bot-gone'));
    expect(r.destinationMatches).toEqual([]);
    expect(r.explanation.some((e) => e.en.includes('does not clear the PC'))).toBe(true);
  });

  it('says the connection list could not be read, with the reason, instead of "no connection", when it is missing', async () => {
    const report = await labReport('windows-helpdesk-netsh-systeminfo');
    expect(report.connections).toBeNull();
    const notice = { ...emptyNotice(), malware: 'Emotet', destination: { address: '192.9.135.73', domain: null, port: 443, protocol: null } };
    const r = evaluateNotice(notice, report);
    expect(r.destinationMatches).toEqual([]);
    const text = r.explanation.map((e) => e.en).join('\n');
    expect(text).not.toMatch(/No connection/);
    expect(text).toContain("The list of this PC's connections could not be read (windows.connections: not in the recorded folder.), so whether it is talking to 192.9.135.73 port 443 cannot be told");
    expect(text).toContain('could not be compared with "Emotet"');
    expect(r.explanation.some((e) => e.ja.includes('通信の一覧を読み取れなかったため (windows.connections: 記録フォルダーにありません。)'))).toBe(true);
  });

  it('with a readable list, a named malware that matches nothing adds no "could not be read"', async () => {
    const r = evaluateNotice({ ...emptyNotice(), malware: 'Emotet' }, await labReport('linux-lab-bot-gone'));
    expect(r.explanation.some((e) => e.en.includes('could not be read'))).toBe(false);
  });

  it('treats a browser pop-up as the support-scam route it is', async () => {
    const r = evaluateNotice({ ...emptyNotice(), channel: 'popup' }, await labReport('linux-lab-bot-gone'));
    expect(r.phishing.suspected).toBe(true);
    expect(r.phishing.reasons[0]!.en).toMatch(/pop-up .* known support scam/);
  });

  it('warns of a fake notice: attachments, tool links, credentials, money, phone calls, ministry senders', async () => {
    const report = await labReport('linux-lab-bot-gone');
    const fake = { ...emptyNotice(), sender: '総務省共同プロジェクト', channel: 'phone' as const, redFlags: { attachment: true, toolDownloadLink: true, asksForCredentials: true, asksForMoney: true } };
    const r = evaluateNotice(fake, report);
    expect(r.phishing.suspected).toBe(true);
    expect(r.phishing.reasons).toHaveLength(6);
    expect(r.explanation[0]!.en).toMatch(/may itself be a fake/);
  });

  it('points IoT notices (NOTICE/NICTER) at the device on the line', async () => {
    const r = evaluateNotice({ ...emptyNotice(), kind: 'weak-password-device' }, await labReport('linux-lab-bot-gone'));
    expect(r.explanation.some((e) => e.en.includes('router, camera'))).toBe(true);
  });
});
