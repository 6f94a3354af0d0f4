import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const answersSchema = z.record(z.string().regex(/^[A-Z]+-\d{3}$/, 'a check id such as MAN-001'), z.string().min(1));

export class AnswersError extends Error {}

/** `--answers FILE`: {"MAN-001": "never", …}, the user's answers to the behaviour questions. */
export async function readAnswers(path: string): Promise<Record<string, string>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new AnswersError(`${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const checked = answersSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new AnswersError(`${path}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return checked.data;
}
