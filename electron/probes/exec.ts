import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ProbeError, ProbeErrorKind } from '../shared/types';

/** What running one command or reading one file gave, before it is stamped with a probe id. */
export interface ProbeRun {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  error?: ProbeError;
}

export interface RunOptions {
  timeoutMs: number;
  /** Output cap in bytes; a larger output is an error, never silently cut. */
  maxBuffer?: number;
  /** Extra environment; LC_ALL=C and LANGUAGE=C (which Python tools such as ufw read first) are set unless overridden, so text parsers see one locale. */
  env?: Record<string, string>;
}

const STDERR_KEEP = 2000;

function kindOf(code: unknown): ProbeErrorKind {
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  return 'failed';
}

/**
 * The one way botcheck runs a program: absolute path, fixed argument array, no shell, a timeout
 * and an output cap. Nothing from a user interface reaches `args`.
 */
export function runCommand(file: string, args: readonly string[], options: RunOptions): Promise<ProbeRun> {
  if (!file.startsWith('/') && !/^[A-Za-z]:\\/.test(file)) {
    return Promise.resolve(failure('failed', `not an absolute path: ${file}`));
  }
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      {
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
        windowsHide: true,
        shell: false,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C', LANG: 'C', LANGUAGE: 'C', ...options.env },
      },
      (err, stdout, stderr) => {
        const out = String(stdout ?? '');
        const errText = String(stderr ?? '').slice(0, STDERR_KEEP);
        if (!err) {
          resolve({ stdout: out, stderr: errText, exitCode: 0 });
          return;
        }
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: unknown };
        if (e.killed && e.signal === 'SIGKILL') {
          resolve({ stdout: out, stderr: errText, exitCode: null, error: { kind: 'timeout', message: `no answer within ${options.timeoutMs} ms` } });
          return;
        }
        if (typeof e.code === 'number') {
          resolve({ stdout: out, stderr: errText, exitCode: e.code });
          return;
        }
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          resolve({ stdout: '', stderr: errText, exitCode: null, error: { kind: 'failed', message: 'output larger than the cap' } });
          return;
        }
        resolve({ stdout: out, stderr: errText, exitCode: null, error: { kind: kindOf(e.code), message: e.message } });
      },
    );
  });
}

function failure(kind: ProbeErrorKind, message: string): ProbeRun {
  return { stdout: '', stderr: '', exitCode: null, error: { kind, message } };
}

/**
 * A file's bytes, or the ProbeRun that says why not. The size is checked before reading (a rotated
 * log may be huge) and after (files under /proc report size 0).
 */
async function readCapped(path: string, maxBytes: number): Promise<Buffer | ProbeRun> {
  const tooLarge = failure('failed', `${path} is larger than ${maxBytes} bytes`);
  try {
    if ((await stat(path)).size > maxBytes) return tooLarge;
    const bytes = await readFile(path);
    return bytes.length > maxBytes ? tooLarge : bytes;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return failure(kindOf(e.code), `${path}: ${e.code ?? e.message}`);
  }
}

/** Reads one text file as a probe; a missing file is `not-found`, which callers may treat as a fact. */
export async function readTextFile(path: string, maxBytes = 64 * 1024 * 1024): Promise<ProbeRun> {
  const bytes = await readCapped(path, maxBytes);
  return Buffer.isBuffer(bytes) ? { stdout: bytes.toString('utf8'), stderr: '', exitCode: 0 } : bytes;
}

const gunzipAsync = promisify(gunzip);

/** Reads one gzip-compressed text file (a rotated log) as a probe, as readTextFile reads a plain one. */
export async function readGzipTextFile(path: string, maxBytes = 64 * 1024 * 1024): Promise<ProbeRun> {
  const compressed = await readCapped(path, maxBytes);
  if (!Buffer.isBuffer(compressed)) return compressed;
  try {
    // The cap holds while inflating: a small file can unpack to gigabytes.
    const text = (await gunzipAsync(compressed, { maxOutputLength: maxBytes })).toString('utf8');
    return { stdout: text, stderr: '', exitCode: 0 };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return failure('failed', `${path}: ${e.code === 'ERR_BUFFER_TOO_LARGE' ? `unpacks to more than ${maxBytes} bytes` : `not readable as gzip (${e.code ?? e.message})`}`);
  }
}

/** Bounds any promise-returning probe (library calls have no timeout of their own). */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<{ value: T } | { timedOut: true }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), timeoutMs);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
