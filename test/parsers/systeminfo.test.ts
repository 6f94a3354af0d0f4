import { describe, expect, it } from 'vitest';
import { parseSystemInfo } from '../../electron/parsers/systeminfo';
import { winFixture } from './windows-fixture';

describe('systeminfo', () => {
  it.each([
    ['systeminfo.en.win11-23h2-22631-pro-ddmmyyyy.txt', 'Microsoft Windows 11 Pro', '10.0.22631', '22631'],
    ['systeminfo.en.server2012r2-9600-us-dates-no-hotfix.txt', 'Microsoft Windows Server 2012 R2 Datacenter', '6.3.9600', '9600'],
    ['systeminfo.ja.win11-22000-excerpt.txt', 'Microsoft Windows 11 Pro', '10.0.22000', '22000'],
    ['systeminfo.ja.win7-7601-prompt-elided-hotfixes.txt', 'Microsoft Windows 7 Professional', '6.1.7601', '7601'],
    ['systeminfo.en.win7-7600-greek-locale-mojibake-ampm.txt', 'Microsoft Windows 7 Enterprise', '6.1.7600', '7600'],
  ])('%s', (file, osName, version, build) => {
    expect(parseSystemInfo(winFixture(file))).toEqual({ ok: true, value: { osName, version, build } });
  });

  it('does not misread a Japanese systeminfo whose CP932 bytes were decoded as UTF-8', () => {
    expect(parseSystemInfo(winFixture('systeminfo.ja.win11-22000-excerpt.cp932-bytes-read-as-utf8.txt'))).toMatchObject({ ok: false, reason: expect.stringContaining('encoding') });
  });

  it('does not understand other text or empty output', () => {
    expect(parseSystemInfo('')).toMatchObject({ ok: false });
    expect(parseSystemInfo(winFixture('netsh-currentprofile.en.win11-public-on.txt'))).toMatchObject({ ok: false });
  });
});
