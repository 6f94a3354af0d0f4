import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_SIGNATURES_DIR, folderReader, loadSignatures, readManifestBytes, readSignatureSet, signaturesFromSet } from '../../electron/signatures/load';
import { SignaturesError } from '../../electron/signatures/threat-lists';

const temps: string[] = [];
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'botcheck-sig-'));
  temps.push(dir);
  return dir;
}
async function bundledCopy(): Promise<string> {
  const dir = await temp();
  await cp(BUNDLED_SIGNATURES_DIR, dir, { recursive: true });
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function loadError(dir: string, extra: string[] = []): Promise<SignaturesError> {
  const err = await loadSignatures(dir, extra).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SignaturesError);
  return err as SignaturesError;
}

describe('bundled signatures', () => {
  it('load, verify every sha256 and validate every file', async () => {
    const sig = await loadSignatures();
    expect(sig.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(sig.c2.size).toBeGreaterThan(0);
    expect(sig.c2.lookup('192.9.135.73')?.label).toBe('Pikabot');
    expect(sig.ports.exposedServices.map((s) => s.service)).toContain('telnet');
  });

  it('refuse a file whose content no longer matches the manifest, naming it', async () => {
    const dir = await bundledCopy();
    await writeFile(join(dir, 'c2/feodo-ipblocklist.csv'), '"first_seen_utc","dst_ip","dst_port","c2_status","last_online","malware"\n');
    const err = await loadError(dir);
    expect(err.file).toBe('c2/feodo-ipblocklist.csv');
    expect(err.field).toBe('sha256');
  });

  it('name the file and field of a schema violation', async () => {
    const dir = await bundledCopy();
    const ports = JSON.parse(await readFile(join(dir, 'ports.json'), 'utf8'));
    ports.fanOut.threshold = 'ten';
    await writeFile(join(dir, 'ports.json'), JSON.stringify(ports));
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const { createHash } = await import('node:crypto');
    manifest.files['ports.json'].sha256 = createHash('sha256').update(await readFile(join(dir, 'ports.json'))).digest('hex');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const err = await loadError(dir);
    expect(err.file).toBe('ports.json');
    expect(err.field).toBe('fanOut.threshold');
  });

  it('index the command-server lists once per set read: every scan with that set shares the index', async () => {
    const set = await readSignatureSet(await readManifestBytes(BUNDLED_SIGNATURES_DIR), folderReader(BUNDLED_SIGNATURES_DIR));
    const [first, second] = [await signaturesFromSet(set), await signaturesFromSet(set)];
    expect(first.c2).toBe(set.c2);
    expect(second.c2).toBe(set.c2);
  });

  it('refuse a folder without a manifest', async () => {
    const err = await loadError(await temp());
    expect(err.file).toBe('manifest.json');
  });
});

describe('extra signatures folders (--signatures DIR)', () => {
  it('add plain IP/CIDR lists with # and ; comments (FireHOL netset, Spamhaus DROP style)', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'lab.netset'), '# lab C2\n10.213.7.2\n198.51.100.0/24 ; SBL000001\n\n2001:db8:bad::/48\n');
    const sig = await loadSignatures(undefined, [dir]);
    expect(sig.c2.lookup('10.213.7.2')?.label).toBe('lab');
    expect(sig.c2.lookup('198.51.100.77')?.value).toBe('198.51.100.0/24');
    expect(sig.c2.lookup('2001:db8:bad::1')).not.toBeNull();
    expect(sig.c2.lookup('192.9.135.73')?.label).toBe('Pikabot');
    expect(sig.c2.size).toBe((await loadSignatures()).c2.size + 3);
    expect(sig.extra).toEqual([dir]);
  });

  it('add Feodo Tracker CSV files, with the header commented or not', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'feodo.csv'), '# first_seen_utc,dst_ip,dst_port,c2_status,last_online,malware\n"2026-11-01 10:00:00","203.0.113.50","443","online","2026-11-24","QakBot"\n');
    const sig = await loadSignatures(undefined, [dir]);
    expect(sig.c2.lookup('203.0.113.50')).toMatchObject({ label: 'QakBot', port: 443 });
  });

  it('override a bundled data file by name, validated like the bundled one', async () => {
    const dir = await temp();
    const ports = JSON.parse(await readFile(join(BUNDLED_SIGNATURES_DIR, 'ports.json'), 'utf8'));
    ports.fanOut.threshold = 3;
    await writeFile(join(dir, 'ports.json'), JSON.stringify(ports));
    expect((await loadSignatures(undefined, [dir])).ports.fanOut.threshold).toBe(3);
  });

  it('refuse a bad list line, naming file and line', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'bad.txt'), '10.0.0.1\n10.0.0.300\n');
    const err = await loadError(BUNDLED_SIGNATURES_DIR, [dir]);
    expect(err.file).toBe(join(dir, 'bad.txt'));
    expect(err.field).toBe('line 2');
  });

  it('refuse a Feodo CSV row with a bad port or too few fields', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'f.csv'), '"first_seen_utc","dst_ip","dst_port","c2_status","last_online","malware"\n"2026-11-01 10:00:00","203.0.113.50","http","online","2026-11-24","QakBot"\n');
    expect((await loadError(BUNDLED_SIGNATURES_DIR, [dir])).field).toBe('line 2 dst_port');
    await writeFile(join(dir, 'f.csv'), '"first_seen_utc","dst_ip","dst_port","c2_status","last_online","malware"\n"2026-11-01","203.0.113.50"\n');
    expect((await loadError(BUNDLED_SIGNATURES_DIR, [dir])).field).toBe('line 2');
  });

  it('refuse unknown file kinds and unreadable folders', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'notes.docx'), 'x');
    expect((await loadError(BUNDLED_SIGNATURES_DIR, [dir])).file).toBe(join(dir, 'notes.docx'));
    expect((await loadError(BUNDLED_SIGNATURES_DIR, [join(dir, 'nope')])).field).toBe('folder');
  });
});
