import { describe, expect, it } from 'vitest';
import { parseSpctlStatus } from '../../electron/parsers/spctl-status';
import { macosFixture } from '../support/macos-fixtures';

describe('spctl --status', () => {
  it('reads enabled and disabled, with the prompt line before them', () => {
    expect(parseSpctlStatus(macosFixture('spctl.en.status-enabled-macos26-excerpt.txt'))).toEqual({ ok: true, value: true });
    expect(parseSpctlStatus(macosFixture('spctl.en.status-disabled-2026-07-excerpt.txt'))).toEqual({ ok: true, value: false });
    const zh = macosFixture('spctl.en.status-enabled-then-disabled-zh-notes.txt').split('\n');
    expect(parseSpctlStatus(zh.slice(0, 2).join('\n'))).toEqual({ ok: true, value: true });
    expect(parseSpctlStatus(zh.slice(5).join('\n'))).toEqual({ ok: true, value: false });
  });

  it('refuses both answers in one paste, empty output and a cut word', () => {
    expect(parseSpctlStatus(macosFixture('spctl.en.status-enabled-then-disabled-zh-notes.txt'))).toMatchObject({ ok: false });
    expect(parseSpctlStatus('')).toMatchObject({ ok: false });
    expect(parseSpctlStatus(macosFixture('spctl.en.status-enabled-macos26-excerpt.txt').slice(0, 25))).toMatchObject({ ok: false });
  });
});
