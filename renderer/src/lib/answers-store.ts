/** Answers to the manual questions, kept on this PC so the next scan counts them. */
const KEY = 'botcheck.answers';

export function loadAnswers(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function saveAnswers(answers: Record<string, string>): void {
  localStorage.setItem(KEY, JSON.stringify(answers));
}
