import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, catalogueHosts } from '../../electron/main/external-links';
import { loadSignatures } from '../../electron/signatures/load';

const hosts = catalogueHosts((await loadSignatures()).remediation);

describe('catalogueHosts', () => {
  it('takes the hosts of the bundled remediation catalogue', () => {
    expect([...hosts]).toEqual(expect.arrayContaining(['learn.microsoft.com', 'support.microsoft.com', 'github.com', 'www.ipa.go.jp', 'notice.go.jp']));
  });
});

describe('allowedExternalUrl', () => {
  it.each([
    'https://learn.microsoft.com/defender-endpoint/safety-scanner-download',
    'https://notice.go.jp/',
    'https://www.ipa.go.jp/security/anshin/',
    'https://github.com/JPCERTCC/EmoCheck/releases',
    'https://LEARN.microsoft.com/defender-endpoint/microsoft-defender-offline',
  ])('opens a catalogue host: %s', (url) => {
    expect(allowedExternalUrl(url, hosts)).toBe(new URL(url).href);
  });

  it.each([
    ['plain http', 'http://learn.microsoft.com/defender-endpoint/safety-scanner-download'],
    ['another scheme', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['a host not in the catalogue', 'https://example.com/'],
    ['a look-alike suffix', 'https://learn.microsoft.com.evil.example/'],
    ['a look-alike prefix', 'https://evil-learn.microsoft.com/'],
    ['a subdomain of a catalogue host', 'https://evil.notice.go.jp/'],
    ['userinfo that names the host', 'https://learn.microsoft.com@evil.example/'],
    ['userinfo with a password', 'https://learn.microsoft.com:pw@evil.example/'],
    ['userinfo on an allowed host', 'https://user@learn.microsoft.com/'],
    ['an explicit port', 'https://learn.microsoft.com:8443/'],
    ['an IDN look-alike (Cyrillic е)', 'https://l\u0435arn.microsoft.com/'],
    ['its punycode form', 'https://xn--larn-mdf.microsoft.com/'],
    ['a trailing dot', 'https://learn.microsoft.com./'],
    ['a backslash that parsers read differently', 'https://evil.example\\@learn.microsoft.com/'],
    ['whitespace', 'https://learn.microsoft.com/ x'],
    ['a control character', 'https://learn.microsoft.com/\u0000'],
    ['a scheme-relative URL', '//learn.microsoft.com/'],
    ['no scheme', 'learn.microsoft.com'],
    ['an IP address', 'https://20.70.246.20/'],
    ['garbage', 'not a url'],
    ['the empty string', ''],
    ['a huge URL', `https://learn.microsoft.com/${'a'.repeat(5000)}`],
  ])('refuses %s', (_why, url) => {
    expect(allowedExternalUrl(url, hosts)).toBeNull();
  });
});
