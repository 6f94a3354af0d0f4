import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** `spctl --status`: "assessments enabled" (Gatekeeper on) or "assessments disabled". Not localised. */
export function parseSpctlStatus(text: string): ParseResult<boolean> {
  const values = new Set([...text.matchAll(/^\s*assessments (enabled|disabled)\s*$/gm)].map((m) => m[1] === 'enabled'));
  if (values.size === 0) return notUnderstood('no "assessments enabled/disabled" line');
  if (values.size > 1) return notUnderstood('both "assessments enabled" and "assessments disabled" in one output');
  return parsed([...values][0]!);
}
