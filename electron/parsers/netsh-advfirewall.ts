import { notUnderstood, parsed, type ParseResult } from './parse-result';

/**
 * `netsh advfirewall show allprofiles` (also `show currentprofile`), English and Japanese Windows.
 * Japanese output localizes the profile headings (`ドメイン プロファイル 設定`) and the values
 * (`オン`/`オフ`) but keeps the field names (`State`, `Firewall Policy`) and ends with `OK` instead
 * of `Ok.`. State decides: a profile that is OFF still shows its `Firewall Policy`.
 */
export type ProfileName = 'domain' | 'private' | 'public';

export interface NetshProfile {
  profile: ProfileName;
  on: boolean;
  /** Inbound part of Firewall Policy: BlockInbound, BlockInboundAlways (block even allowed programs), AllowInbound; null when absent. */
  inbound: 'block' | 'block-always' | 'allow' | null;
  /** Firewall Policy as printed, for evidence. */
  policy: string | null;
}

const HEADINGS: [RegExp, ProfileName][] = [
  [/^(?:Domain Profile Settings|ドメイン プロファイル 設定):?$/, 'domain'],
  [/^(?:Private Profile Settings|プライベート プロファイル 設定):?$/, 'private'],
  [/^(?:Public Profile Settings|パブリック プロファイル 設定):?$/, 'public'],
];
const STATE = /^State\s+(ON|OFF|オン|オフ)$/i;
const POLICY = /^Firewall Policy\s+(\S+)$/;
const INBOUND: Record<string, NetshProfile['inbound']> = { blockinbound: 'block', blockinboundalways: 'block-always', allowinbound: 'allow' };

export function parseNetshAdvfirewall(text: string): ParseResult<NetshProfile[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => l.includes('\uFFFD'))) return notUnderstood('the text holds characters that were lost to a wrong text encoding (save the output as UTF-8)');
  const profiles: { profile: ProfileName; on: boolean | null; policy: string | null }[] = [];
  let closed = false;
  for (const line of lines) {
    const heading = HEADINGS.find(([re]) => re.test(line));
    if (heading) {
      if (profiles.some((p) => p.profile === heading[1])) return notUnderstood(`the ${heading[1]} profile appears twice`);
      profiles.push({ profile: heading[1], on: null, policy: null });
      continue;
    }
    const current = profiles.at(-1);
    if (!current) continue;
    const state = STATE.exec(line);
    if (state) current.on = /^(on|オン)$/i.test(state[1]!);
    const policy = POLICY.exec(line);
    if (policy) current.policy = policy[1]!;
    if (line === 'Ok.' || line === 'OK') closed = true;
  }
  if (profiles.length === 0) return notUnderstood('no "Domain/Private/Public Profile Settings" heading (English and Japanese Windows are read)');
  if (!closed) return notUnderstood('no closing "Ok." line: the output may be cut off');
  const result: NetshProfile[] = [];
  for (const p of profiles) {
    if (p.on === null) return notUnderstood(`no State line for the ${p.profile} profile`);
    const inbound = p.policy ? INBOUND[p.policy.split(',')[0]!.toLowerCase()] ?? null : null;
    result.push({ profile: p.profile, on: p.on, inbound, policy: p.policy });
  }
  return parsed(result);
}
