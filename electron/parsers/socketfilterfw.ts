import { notUnderstood, parsed, type ParseResult } from './parse-result';

/**
 * `socketfilterfw --getglobalstate`. The number is what counts: state 2 has two wordings ("Firewall
 * is enabled. (State = 2)" and "Firewall is blocking all non-essential incoming connections. (State
 * = 2)"), and neither is localised.
 * 0 = off; 1 = on, incoming connections only for allowed apps and services; 2 = only essential services (DHCP, Bonjour, IPSec).
 */
export type AlfState = 0 | 1 | 2;

export function parseAlfGlobalState(text: string): ParseResult<AlfState> {
  const states = new Set([...text.matchAll(/\(State = (\d+)\)/g)].map((m) => Number(m[1])));
  if (states.size === 0) return notUnderstood('no "(State = n)" in the output');
  if (states.size > 1) return notUnderstood(`several different states in one output (${[...states].join(', ')})`);
  const state = [...states][0]!;
  if (state !== 0 && state !== 1 && state !== 2) return notUnderstood(`unknown state ${state}`);
  return parsed(state);
}

/**
 * `socketfilterfw --getstealthmode`: "Firewall stealth mode is on|off" on current macOS, "Stealth mode
 * enabled|disabled" in older wording (also what --setstealthmode replies). A broken preference gives
 * "ALF: Error, kStealthEnableKey does not return the correct type." — not understood.
 */
export function parseAlfStealthMode(text: string): ParseResult<boolean> {
  const values = new Set<boolean>();
  for (const m of text.matchAll(/stealth mode (?:is )?(on|off|enabled|disabled)\b/gi)) {
    const word = m[1]!.toLowerCase();
    values.add(word === 'on' || word === 'enabled');
  }
  if (values.size === 0) return notUnderstood(`no stealth mode sentence (${text.trim().split(/\r?\n/).pop()?.slice(0, 100) ?? 'empty output'})`);
  if (values.size > 1) return notUnderstood('stealth mode reported both on and off');
  return parsed([...values][0]!);
}
