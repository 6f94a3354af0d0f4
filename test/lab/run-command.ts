import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export interface CommandResult {
  /** Exit code; null when the command could not start or was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why the command did not run to an exit code (not found, timeout, signal). */
  failure?: string;
}

/**
 * Runs a program without a shell and never rejects: the lab test asserts on exit codes (2 means
 * "signs of infection"), so a non-zero code is an answer, not an error.
 */
export function runCommand(file: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 10_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (!err) return resolve({ code: 0, stdout, stderr });
        if (typeof err.code === 'number') return resolve({ code: err.code, stdout, stderr });
        resolve({ code: null, stdout, stderr, failure: err.killed ? `killed (${err.signal ?? 'timeout'})` : err.message });
      },
    );
  });
}

/** The first of several usual install locations that is an executable file. */
export function findExecutable(candidates: readonly string[]): string | null {
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not installed there
    }
  }
  return null;
}

/** Polls until `probe` returns a value; the timeout error carries `describe()` so a failure shows the last state seen. */
export async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number, describe: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
