import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSupportSchema, osSupportSchema } from '../../electron/signatures/schema';

const read = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../../signatures', name), 'utf8'));

describe('signatures/os-support.json', () => {
  const data = osSupportSchema.parse(read('os-support.json'));

  it('names each release once, with a source address', () => {
    const keys = data.releases.map((r) => `${r.os} ${r.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of data.releases) expect(r.source, `${r.os} ${r.version}`).toMatch(/^https:\/\//);
  });

  it('never ends extended support before free support', () => {
    for (const r of data.releases) if (r.endOfSupport && r.extendedEnd) expect(r.extendedEnd > r.endOfSupport, `${r.os} ${r.version}`).toBe(true);
  });

  it('covers the releases the checklist promises', () => {
    const has = (os: string, version: string) => data.releases.some((r) => r.os === os && r.version === version);
    for (const v of ['10', '11', '12', '13']) expect(has('debian', v)).toBe(true);
    for (const v of ['18.04', '20.04', '22.04', '24.04', '26.04']) expect(has('ubuntu', v)).toBe(true);
    for (const v of ['40', '41', '42', '43']) expect(has('fedora', v)).toBe(true);
    for (const v of ['8', '9', '10']) expect(has('rhel', v) && has('almalinux', v)).toBe(true);
    for (const v of ['19045', '22000', '22621', '22631', '26100', '26200']) expect(has('windows', v)).toBe(true);
  });
});

describe('signatures/browsers.json', () => {
  const data = browserSupportSchema.parse(read('browsers.json'));

  it('has one row per browser, each with a source address', () => {
    const names = data.browsers.map((b) => b.browser);
    expect(new Set(names).size).toBe(names.length);
    for (const b of data.browsers) expect(b.source).toMatch(/^https:\/\//);
  });

  it('keeps ESR branches below the current Firefox major', () => {
    const firefox = data.browsers.find((b) => b.browser === 'firefox')!;
    for (const branch of firefox.supportedBranches) expect(branch).toBeLessThan(firefox.minimumMajor!);
  });
});
