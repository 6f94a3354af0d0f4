import { describe, expect, it } from 'vitest';
import { parseNetshAdvfirewall } from '../../electron/parsers/netsh-advfirewall';
import { winFixture } from './windows-fixture';

describe('netsh advfirewall show allprofiles', () => {
  it('reads all three profiles (real capture, log prefix stripped)', () => {
    const r = parseNetshAdvfirewall(winFixture('netsh-allprofiles.en.server-all-on-chaps-log-prefix-stripped.txt'));
    expect(r).toEqual({
      ok: true,
      value: ['domain', 'private', 'public'].map((profile) => ({ profile, on: true, inbound: 'block', policy: 'BlockInbound,AllowOutbound' })),
    });
  });

  it('reads show currentprofile: one profile (real, Windows 11)', () => {
    const r = parseNetshAdvfirewall(winFixture('netsh-currentprofile.en.win11-public-on.txt'));
    expect(r).toEqual({ ok: true, value: [{ profile: 'public', on: true, inbound: 'block', policy: 'BlockInbound,AllowOutbound' }] });
  });

  it('does not understand output cut off before "Ok."', () => {
    const text = winFixture('netsh-allprofiles.en.server-all-on-chaps-log-prefix-stripped.txt');
    expect(parseNetshAdvfirewall(text.slice(0, text.indexOf('Public Profile')))).toMatchObject({ ok: false, reason: expect.stringContaining('cut off') });
  });

  it('does not understand empty output, other output, or text hurt by a wrong encoding', () => {
    expect(parseNetshAdvfirewall('')).toMatchObject({ ok: false });
    expect(parseNetshAdvfirewall(winFixture('netstat-ano.en.win11-22000-listening.txt'))).toMatchObject({ ok: false });
    const text = winFixture('netsh-currentprofile.en.win11-public-on.txt');
    expect(parseNetshAdvfirewall(text.replace('ON', '\uFFFD\uFFFD'))).toMatchObject({ ok: false, reason: expect.stringContaining('encoding') });
  });
});
