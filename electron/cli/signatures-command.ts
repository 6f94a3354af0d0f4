import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../shared/types';
import { UpdateRefused } from '../signatures/fetch-bundle';
import { signaturesHome, signaturesStatus, type ActiveSet, type SignaturesStatus } from '../signatures/store';
import { parsePublicKey } from '../signatures/trust';
import { updateSignatures, updateSource, type UpdateResult } from '../signatures/update';
import { verifyFolder, type FolderVerification } from '../signatures/verify';
import { EXIT } from './exit-codes';
import { defaultLang } from './messages';

export interface SignaturesCliOptions {
  /** Keys an update must be signed with; default: the ones shipped in electron/signatures/trust.ts. Tests pass their own. */
  trustedKeys?: readonly (string | KeyObject)[];
}

/** Sets older than this get a hint to update (issue 4: a set older than 30 days warns). */
const STALE_DAYS = 30;

type Words = (en: string, ja: string) => string;
const words = (lang: Lang): Words => (en, ja) => (lang === 'ja' ? ja : en);

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const err = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

function formatStatus(s: SignaturesStatus, w: Words): string {
  const lines: string[] = [];
  const origin = s.active === 'installed' ? w('installed', 'インストール済み') : w('bundled with the app', 'アプリに同梱');
  lines.push(w(`Signatures in use: ${origin} ${s.version}, dated ${s.date} (${s.ageDays} days old)`, `使用中の脅威データ: ${origin} ${s.version}(${s.date} 付、${s.ageDays} 日前)`));
  if (s.ageDays > STALE_DAYS) lines.push(w(`  Older than ${STALE_DAYS} days: run "botcheck signatures update".`, `  ${STALE_DAYS} 日より古くなっています。「botcheck signatures update」で更新してください。`));
  lines.push(w(`  Folder: ${s.dir}`, `  フォルダー: ${s.dir}`));
  if (s.keyId) lines.push(w(`  Signed by key: ${s.keyId}`, `  署名した鍵: ${s.keyId}`));
  if (s.installed && s.active === 'installed') lines.push(w(`  Installed ${s.installed.installedAt} from ${s.installed.from}`, `  インストール: ${s.installed.installedAt}、取得元 ${s.installed.from}`));
  if (s.active === 'installed') lines.push(w(`Bundled with the app: ${s.bundled.version}, dated ${s.bundled.date}`, `アプリに同梱の脅威データ: ${s.bundled.version}(${s.bundled.date} 付)`));
  if (s.fallback) lines.push(w(`Installed set not used: ${s.fallback.en}`, `インストール済みの脅威データを使っていない理由: ${s.fallback.ja}`));
  else if (!s.installed) lines.push(w('No update installed yet.', '更新はまだインストールされていません。'));
  lines.push(w(`Data folder: ${s.home}`, `保存先: ${s.home}`));
  return lines.join('\n');
}

/** For a scan: an installed set that is not used must not go unnoticed. */
export function fallbackNote(active: ActiveSet, lang: Lang): string | null {
  if (!active.fallback) return null;
  return words(lang)(
    `botcheck: scanning with the signatures bundled with the app (${active.bundled.version}); ${active.fallback.en}`,
    `botcheck: アプリに同梱の脅威データ(${active.bundled.version})で検査します。${active.fallback.ja}`,
  );
}

function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function formatUpdate(r: UpdateResult, w: Words): string {
  const before = r.previous.origin === 'installed' ? w('installed', 'インストール済み') : w('bundled with the app', 'アプリに同梱');
  return [
    w(
      `Installed signatures ${r.version} (dated ${r.date}): ${r.files} files, ${kilobytes(r.bytes)} KB, signed by key ${r.keyId}. Before: ${r.previous.version} (${before}).`,
      `脅威データ ${r.version}(${r.date} 付)をインストールしました: ${r.files} ファイル、${kilobytes(r.bytes)} KB、署名鍵 ${r.keyId}。以前: ${r.previous.version}(${before})。`,
    ),
    w(`Folder: ${r.dir}`, `フォルダー: ${r.dir}`),
  ].join('\n');
}

function formatVerify(v: FolderVerification, w: Words): string {
  const lines = [w(`Folder: ${v.dir}`, `フォルダー: ${v.dir}`)];
  if (v.version) lines.push(w(`Signatures ${v.version}, dated ${v.date}, ${v.files} files`, `脅威データ ${v.version}(${v.date} 付)、${v.files} ファイル`));
  const sig = v.signature;
  if (!sig.ok) lines.push(w(`Signature: FAILED — ${sig.error}`, `署名: 不合格 — ${sig.error}`));
  else if ('bundled' in sig) lines.push(w('Signature: not signed: bundled with the app', '署名: 署名なし(アプリに同梱の脅威データ)'));
  else lines.push(w(`Signature: OK, signed by key ${sig.keyId}`, `署名: 正常(署名鍵 ${sig.keyId})`));
  lines.push(
    v.content.ok
      ? w('Files (sha256, schema, whole set loads): OK', 'ファイル(sha256、スキーマ、全体の読み込み): 正常')
      : w(`Files (sha256, schema, whole set loads): FAILED — ${v.content.error}`, `ファイル(sha256、スキーマ、全体の読み込み): 不合格 — ${v.content.error}`),
  );
  if (v.unlisted.length > 0) lines.push(w(`Not listed in manifest.json, ignored: ${v.unlisted.join(', ')}`, `manifest.json に載っていないため無視したファイル: ${v.unlisted.join(', ')}`));
  lines.push(sig.ok && v.content.ok ? w('Result: OK', '結果: 合格') : w('Result: FAILED', '結果: 不合格'));
  return lines.join('\n');
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('a number of seconds above 0');
  return n;
}

async function readKey(file: string): Promise<KeyObject> {
  try {
    return parsePublicKey(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not an Ed25519 public key (PEM or base64 SPKI DER): ${(e as Error).message}`);
  }
}

interface CommonFlags {
  lang: Lang;
  json?: boolean;
}

export function registerSignaturesCommand(program: Command, options: SignaturesCliOptions = {}): void {
  const lang = (): Option => new Option('--lang <lang>', 'language of the output').choices(['ja', 'en']).default(defaultLang());
  const keys = options.trustedKeys ? { trustedKeys: options.trustedKeys } : {};
  const signatures = program.command('signatures').description('the signatures data: which set is in use, update it from a server, verify a folder');

  signatures
    .command('status')
    .description('show the set in use (installed update or bundled), its version, date and age, and why an installed set is not used')
    .addOption(lang())
    .option('--json', 'print as JSON')
    .action(async (flags: CommonFlags) => {
      const status = await signaturesStatus({ home: signaturesHome(), ...keys });
      out(flags.json ? JSON.stringify(status, null, 2) : formatStatus(status, words(flags.lang)));
      process.exitCode = EXIT.ok;
    });

  signatures
    .command('update')
    .description('download a signed bundle, verify all of it and install it; anything wrong is refused and nothing changes')
    .option('--from <url>', 'bundle URL: the folder holding manifest.json and manifest.json.sig (default: BOTCHECK_SIGNATURES_URL). https only; plain http only to 127.0.0.0/8, ::1, localhost')
    .option('--timeout <seconds>', 'give up on a file after this many seconds', seconds)
    .addOption(lang())
    .option('--json', 'print the result as JSON')
    .action(async (flags: CommonFlags & { from?: string; timeout?: number }) => {
      const w = words(flags.lang);
      const home = signaturesHome();
      try {
        const result = await updateSignatures({ home, from: updateSource(flags.from), ...keys, ...(flags.timeout ? { timeoutMs: flags.timeout * 1000 } : {}) });
        out(flags.json ? JSON.stringify({ ok: true, ...result }, null, 2) : formatUpdate(result, w));
        process.exitCode = EXIT.ok;
      } catch (e) {
        if (!(e instanceof UpdateRefused)) throw e;
        const status = await signaturesStatus({ home, ...keys });
        // A daily cron job asks every day; "nothing newer" is an answer, not an error.
        if (e.kind === 'up-to-date') {
          out(flags.json ? JSON.stringify({ ok: true, upToDate: true, message: e.text, inUse: { origin: status.active, version: status.version } }, null, 2) : w(`Already up to date: ${e.text.en}`, `すでに最新です: ${e.text.ja}`));
          process.exitCode = EXIT.ok;
          return;
        }
        if (flags.json) out(JSON.stringify({ ok: false, kind: e.kind, message: e.text, inUse: { origin: status.active, version: status.version } }, null, 2));
        if (e.kind === 'no-url') err(`botcheck: ${e.text[flags.lang]}`);
        else {
          const origin = status.active === 'installed' ? w('installed', 'インストール済み') : w('bundled with the app', 'アプリに同梱');
          err(w(`botcheck: update refused: ${e.text.en}`, `botcheck: 更新を拒否しました: ${e.text.ja}`));
          err(w(`Nothing was changed. Signatures in use: ${status.version} (${origin}).`, `何も変更していません。使用中の脅威データ: ${status.version}(${origin})。`));
        }
        process.exitCode = EXIT.error;
      }
    });

  signatures
    .command('verify <dir>')
    .description('check a signatures folder: signature (with the app\'s key or --key), every sha256, every schema')
    .option('--key <file>', 'public key to check the signature with (PEM or base64 SPKI DER) instead of the app\'s')
    .addOption(lang())
    .option('--json', 'print as JSON')
    .action(async (dir: string, flags: CommonFlags & { key?: string }) => {
      const trustedKeys = flags.key ? [await readKey(flags.key)] : options.trustedKeys;
      const result = await verifyFolder(dir, trustedKeys ? { trustedKeys } : {});
      out(flags.json ? JSON.stringify(result, null, 2) : formatVerify(result, words(flags.lang)));
      process.exitCode = result.signature.ok && result.content.ok ? EXIT.ok : EXIT.error;
    });
}
