/**
 * A shell prompt a caller pasted along with the output: `C:\Users\taro>netstat -ano`, `PS C:\> reg query …`,
 * `*Evil-WinRM* PS C:\Users\x\Documents> …`. Parsers of hand-made files skip these lines.
 */
const PROMPT = /^(?:\S+ )?(?:PS )?[A-Za-z]:\\[^>]*>/;

export function isPromptLine(line: string): boolean {
  return PROMPT.test(line.trim());
}

/** Why pasted text cannot be read at all, or null: PowerShell's `>` writes UTF-16, a Japanese console CP932. */
export function encodingProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'the file is UTF-16 text (PowerShell ">" writes UTF-16); save it as UTF-8';
  if (text.includes('\uFFFD')) return 'the file is not UTF-8 (a Japanese console writes Shift_JIS); save it as UTF-8';
  return null;
}
