import { describe, expect, it } from 'vitest';
import { parseAlfGlobalState, parseAlfStealthMode } from '../../electron/parsers/socketfilterfw';
import { macosFixture } from '../support/macos-fixtures';

const lines = (name: string): string[] => macosFixture(name).split('\n');

describe('socketfilterfw --getglobalstate', () => {
  it('reads states 0, 1 and 2 by their number (older wording of state 2)', () => {
    const [, two, , zero, one] = lines('socketfilterfw.en.globalstate-0-1-2-via-m-cli.txt');
    expect(parseAlfGlobalState(two!)).toEqual({ ok: true, value: 2 });
    expect(parseAlfGlobalState(zero!)).toEqual({ ok: true, value: 0 });
    expect(parseAlfGlobalState(one!)).toEqual({ ok: true, value: 1 });
  });

  it('reads the newer wording of state 2 ("blocking all non-essential incoming connections")', () => {
    expect(parseAlfGlobalState(macosFixture('socketfilterfw.en.globalstate-2-blocking-non-essential-excerpt.txt'))).toEqual({ ok: true, value: 2 });
  });

  it('reads the state out of a combined query with other answers around it', () => {
    expect(parseAlfGlobalState(macosFixture('socketfilterfw.en.four-queries-state-1-stealth-error-littlesnitch.txt'))).toEqual({ ok: true, value: 1 });
  });

  it('refuses a paste with several different states, empty output and a cut line', () => {
    expect(parseAlfGlobalState(macosFixture('socketfilterfw.en.globalstate-0-1-2-via-m-cli.txt'))).toMatchObject({ ok: false, reason: expect.stringContaining('several') });
    expect(parseAlfGlobalState('')).toMatchObject({ ok: false });
    expect(parseAlfGlobalState(lines('socketfilterfw.en.globalstate-0-1-2-via-m-cli.txt')[1]!.slice(0, 25))).toMatchObject({ ok: false });
  });
});

describe('socketfilterfw --getstealthmode', () => {
  it('reads "Firewall stealth mode is off" and the older "Stealth mode enabled" sentence', () => {
    expect(parseAlfStealthMode(macosFixture('socketfilterfw.en.stealthmode-off-audit-evidence.txt'))).toEqual({ ok: true, value: false });
    expect(parseAlfStealthMode(macosFixture('socketfilterfw.en.setstealthmode-on-reply.txt'))).toEqual({ ok: true, value: true });
  });

  it('does not understand the kStealthEnableKey error', () => {
    expect(parseAlfStealthMode(macosFixture('socketfilterfw.en.stealthmode-error-littlesnitch.txt'))).toMatchObject({ ok: false, reason: expect.stringContaining('kStealthEnableKey') });
    expect(parseAlfStealthMode('')).toMatchObject({ ok: false });
  });
});
