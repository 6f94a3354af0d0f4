import { describe, expect, it } from 'vitest';
import { decodeProductState, parseSecurityCenterProductsText, readSecurityCenterProducts } from '../../electron/parsers/security-center-product';
import { sectionValue, winFixture } from './windows-fixture';

describe('SecurityCenter2 productState', () => {
  it.each([
    [397568, { state: 'on', microsoft: true, signaturesUpToDate: true }],
    [393472, { state: 'off', microsoft: true, signaturesUpToDate: true }],
    [266240, { state: 'on', microsoft: false, signaturesUpToDate: true }],
    [397584, { state: 'on', microsoft: true, signaturesUpToDate: false }],
    [262144, { state: 'off', microsoft: false, signaturesUpToDate: true }],
    [401664, { state: 'snoozed', microsoft: true, signaturesUpToDate: true }],
    [405760, { state: 'expired', microsoft: true, signaturesUpToDate: true }],
  ])('%i', (n, expected) => expect(decodeProductState(n)).toEqual(expected));
});

describe('SecurityCenter2 products', () => {
  it('reads Get-CimInstance list output (real: Bitdefender on, Defender off)', () => {
    const r = parseSecurityCenterProductsText(winFixture('securitycenter2-antivirus-cim.en.bitdefender-266240-defender-393472.txt'));
    expect(r).toEqual({
      ok: true,
      value: [
        { name: 'Bitdefender Antivirus', productState: 266240, state: 'on', microsoft: false, signaturesUpToDate: true, path: 'C:\\Program Files\\Bitdefender\\Bitdefender Security\\wscfix.exe', reportedAt: '2021-12-15T12:40:10.000Z' },
        { name: 'Windows Defender', productState: 393472, state: 'off', microsoft: true, signaturesUpToDate: true, path: 'windowsdefender://', reportedAt: '2021-10-15T22:32:01.000Z' },
      ],
    });
  });

  it('keeps a CJK product name (real: Huorong on a zh-CN Windows 11)', () => {
    const r = parseSecurityCenterProductsText(winFixture('securitycenter2-antivirus-cim.zh.defender-393472-huorong-266240.txt'));
    expect(r.ok && r.value.map((p) => [p.name, p.state])).toEqual([['Windows Defender', 'off'], ['火绒安全软件', 'on']]);
  });

  it('reads Get-WmiObject output with system properties wrapped at the console width (real)', () => {
    const r = parseSecurityCenterProductsText(winFixture('securitycenter2-antivirus-wmiobject.en.defender-397568-wrapped.txt'));
    expect(r.ok && r.value).toEqual([expect.objectContaining({ name: 'Windows Defender', state: 'on', microsoft: true })]);
  });

  it('does not understand wmic /Format:List without productState, or empty input', () => {
    expect(parseSecurityCenterProductsText(winFixture('securitycenter2-antivirus-wmic-list.zh.defender-huorong.txt'))).toMatchObject({ ok: false });
    expect(parseSecurityCenterProductsText('  \r\n')).toMatchObject({ ok: false });
  });

  it('reads a section: one object, several, or none registered', () => {
    const one = readSecurityCenterProducts(sectionValue('inventory-assembled.en.win11-23h2-pro-defender-on.json', 'avProducts'));
    expect(one.ok && one.value.length).toBe(1);
    const two = readSecurityCenterProducts(sectionValue('inventory-assembled.ja.win10-22h2-home-bitdefender-firewall-off.json', 'avProducts'));
    expect(two.ok && two.value.length).toBe(2);
    expect(readSecurityCenterProducts(sectionValue('inventory-assembled.en.win11-23h2-pro-defender-on.json', 'firewallProducts'))).toEqual({ ok: true, value: [] });
    expect(readSecurityCenterProducts([{ displayName: 'X', productState: 'on' }])).toMatchObject({ ok: false });
  });
});
