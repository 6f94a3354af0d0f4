import { describe, expect, it } from 'vitest';
import { parseMpComputerStatusText, readMpComputerStatus } from '../../electron/parsers/mp-computer-status';
import { sectionValue, winFixture } from './windows-fixture';

describe('Get-MpComputerStatus', () => {
  it('reads ConvertTo-Json from Windows PowerShell 5.1 (real capture, Server 2022, healthy)', () => {
    const r = parseMpComputerStatusText(winFixture('mp-computer-status-json.en.server2022-healthy.json'));
    expect(r).toEqual({
      ok: true,
      value: {
        serviceEnabled: true,
        antivirusEnabled: true,
        realTimeProtection: true,
        runningMode: 'Normal',
        signaturesUpdatedAt: '2026-08-24T20:41:36.000Z',
        signatureAgeDays: 0,
        signatureVersion: '1.457.328.0',
        engineVersion: '1.1.26070.7',
        signaturesOutOfDate: false,
        tamperProtected: false,
      },
    });
  });

  it("keeps Defender's own out-of-date verdict (real capture, Server 2016, 13 days)", () => {
    const r = parseMpComputerStatusText(winFixture('mp-computer-status-json.en.server2016-13-days-out-of-date.json'));
    expect(r.ok && r.value).toMatchObject({ signatureAgeDays: 13, signaturesOutOfDate: true, signaturesUpdatedAt: '2026-08-12T01:46:48.000Z' });
  });

  it('reads the plain list: en-US date, key column 32 wide (real capture, stale 1703 days)', () => {
    const r = parseMpComputerStatusText(winFixture('defender.en.stale-1703d-rtp-on.txt'));
    expect(r.ok && r.value).toMatchObject({ realTimeProtection: true, runningMode: 'Normal', signatureAgeDays: 1703, signaturesUpdatedAt: '2021-03-15T23:21:23.000Z', signatureVersion: '1.333.559.0', tamperProtected: false, signaturesOutOfDate: null });
  });

  it('reads the oldest property set: no AMRunningMode, no IsTamperProtected (real: MS docs 2013, Server 2016)', () => {
    const docs = parseMpComputerStatusText(winFixture('defender.en.msdocs-example-2013.txt'));
    expect(docs.ok && docs.value).toMatchObject({ runningMode: null, tamperProtected: null, realTimeProtection: true, signaturesUpdatedAt: '2013-07-30T03:01:45.000Z' });
    const server = parseMpComputerStatusText(winFixture('defender.en.server2016-rtp-off.txt'));
    expect(server.ok && server.value).toMatchObject({ realTimeProtection: false, antivirusEnabled: true, signatureAgeDays: 1 });
  });

  it('reads "never" as null: 4294967295, 0.0.0.0 and an empty date (real: service not running)', () => {
    const r = parseMpComputerStatusText(winFixture('defender.en.service-not-running.txt'));
    expect(r.ok && r.value).toMatchObject({ serviceEnabled: false, runningMode: 'Not running', signatureAgeDays: null, signatureVersion: null, signaturesUpdatedAt: null });
  });

  it('does not understand a list cut off before RealTimeProtectionEnabled (real: "<SNIP>")', () => {
    expect(parseMpComputerStatusText(winFixture('defender.en.healthy-partial.txt'))).toMatchObject({ ok: false });
  });

  it('does not understand a table of one selected property, empty or broken input', () => {
    expect(parseMpComputerStatusText(winFixture('defender-rtp-select.zh.rtp-false.txt'))).toMatchObject({ ok: false });
    expect(parseMpComputerStatusText('')).toMatchObject({ ok: false, reason: 'empty output' });
    const json = winFixture('mp-computer-status-json.en.server2022-healthy.json');
    expect(parseMpComputerStatusText(json.slice(0, 400))).toMatchObject({ ok: false });
  });

  it('reads the defender section of an assembled inventory', () => {
    const r = readMpComputerStatus(sectionValue('inventory-assembled.en.win11-23h2-pro-defender-on.json', 'defender'));
    expect(r.ok && r.value.signaturesUpdatedAt).toBe('2026-08-24T20:41:36.000Z');
    expect(readMpComputerStatus(null)).toMatchObject({ ok: false });
  });
});
