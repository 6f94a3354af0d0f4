import { describe, expect, it } from 'vitest';
import { macosAntivirus } from '../../electron/facts/antivirus-macos';
import { failed, macosFixture, raw, rawSet } from '../support/macos-fixtures';

const ctx = { platform: 'darwin' as const, capturedAt: new Date('2019-10-10T00:00:00Z') };
const HISTORY = 'macos.install-history';

describe('antivirus on macOS (XProtect)', () => {
  it('dates XProtect\'s rules by the newest XProtect install in the history', () => {
    const fact = macosAntivirus.derive(rawSet(raw(HISTORY, macosFixture('InstallHistory.en.catalina-2019-xprotect-clt-chef-spec.xml'))), ctx);
    expect(fact).toEqual({
      ok: true,
      probes: [HISTORY],
      value: { products: [{ name: 'XProtect', installed: true, enabled: true, realTime: true, signaturesUpdatedAt: '2019-10-07T20:09:37.000Z', signaturesUpToDate: null, signatureVersion: 'XProtectPlistConfigData 2106', engineVersion: null }] },
    });
  });

  it('keeps XProtect without a date when the history is unreadable, cut or absent from the folder', () => {
    const cut = macosFixture('InstallHistory.en.catalina-2019-xprotect-clt-chef-spec.xml').slice(0, 900);
    for (const r of [rawSet(raw(HISTORY, cut)), rawSet(failed(HISTORY, 'permission')), rawSet()]) {
      const fact = macosAntivirus.derive(r, ctx);
      expect(fact.ok && fact.value.products[0]).toMatchObject({ name: 'XProtect', installed: true, realTime: true, signaturesUpdatedAt: null });
    }
  });
});
