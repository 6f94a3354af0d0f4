import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../electron/engine/scan';
import { decodeSupportCode, encodeSupportCode } from '../../electron/engine/support-code';
import type { Report } from '../../electron/shared/types';
import { bundledSignatures } from '../support/signatures';

const REPLAYS = join(import.meta.dirname, '../replays');
const machines = readdirSync(REPLAYS).filter((d) => statSync(join(REPLAYS, d)).isDirectory());

async function report(name: string): Promise<Report> {
  return scan({ signatures: await bundledSignatures(), replayDir: join(REPLAYS, name) });
}

describe('support code', () => {
  it.each(machines)('decodes back to the report of %s: OS, both headlines, every check', async (name) => {
    const r = await report(name);
    expect(r.supportCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    const decoded = decodeSupportCode(r.supportCode);
    if ('error' in decoded) throw new Error(decoded.error.en);
    expect(decoded.platform).toBe(r.host.platform);
    expect(decoded.headlines).toEqual({ protection: r.headlines.protection.status, infection: r.headlines.infection.status });
    expect(Object.fromEntries(decoded.checks.map((c) => [c.id, c.status]))).toEqual(Object.fromEntries(r.checks.map((c) => [c.id, c.status])));
  });

  it('catches every single misread character, and reads O as 0, I and L as 1, any case and spacing', async () => {
    const code = (await report(machines[0]!)).supportCode;
    const symbols = code.replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < symbols.length; i++) {
      for (const c of alphabet) {
        if (c === symbols[i]) continue;
        const misread = symbols.slice(0, i) + c + symbols.slice(i + 1);
        expect('error' in decodeSupportCode(misread), `${misread}`).toBe(true);
      }
    }
    const spoken = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeSupportCode(spoken)).toEqual(decodeSupportCode(code));
  });

  it('refuses wrong lengths, unknown versions and foreign characters with a reason in both languages', async () => {
    const code = (await report(machines[0]!)).supportCode;
    for (const bad of [code.slice(0, -2), `${code}7`, `99${code.slice(2)}`, 'hello world', '']) {
      const r = decodeSupportCode(bad);
      expect('error' in r, bad).toBe(true);
      if ('error' in r) expect(r.error.ja.length).toBeGreaterThan(0);
    }
  });

  it('marks checks a report does not have as absent, not as a status', () => {
    const code = encodeSupportCode({ host: { platform: 'win32', os: null, hostname: null, locale: null }, checks: [] });
    const decoded = decodeSupportCode(code);
    expect('error' in decoded ? decoded.error.en : decoded.checks).toEqual([]);
  });
});
