import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckContext, CheckDefinition } from '../../electron/checks/check';
import { exp003 } from '../../electron/checks/exp-003-remote-desktop';
import { exp004 } from '../../electron/checks/exp-004-smb1';
import { mail001 } from '../../electron/checks/mail-001-file-extensions-shown';
import { upd004 } from '../../electron/checks/upd-004-no-restart-pending';
import { upd005 } from '../../electron/checks/upd-005-automatic-updates';
import { web001 } from '../../electron/checks/web-001-smartscreen';
import type { FactSet } from '../../electron/shared/facts';
import { bundledSignatures } from '../support/signatures';

const ROOT = join(import.meta.dirname, 'fixtures');

async function evaluate(check: CheckDefinition, fixture: string) {
  const f = JSON.parse(readFileSync(join(ROOT, fixture), 'utf8')) as { capturedAt: string | null; facts: FactSet };
  const ctx: CheckContext = { platform: 'win32', capturedAt: f.capturedAt ? new Date(f.capturedAt) : null, signatures: await bundledSignatures(), answers: {} };
  const verdict = check.evaluate(f.facts, ctx);
  return { en: verdict.evidence.map((e) => e.text.en).join('\n'), ja: verdict.evidence.map((e) => e.text.ja).join('\n'), verdict };
}

describe('checks show only the readings of their own setting, in the report language', () => {
  it('MAIL-001 leaves out SmartScreen and WEB-001 leaves out HideFileExt', async () => {
    const mail = await evaluate(mail001, 'mail-001/hidefileext-0-shown.pass.json');
    expect(mail.en).toContain('HideFileExt = 0');
    expect(mail.en).not.toContain('SmartScreen');
    const web = await evaluate(web001, 'web-001/policy-level-block.pass.json');
    expect(web.en).not.toContain('HideFileExt');
    expect(web.ja).toContain('ポリシーで EnableSmartScreen = 1、ShellSmartScreenLevel = Block');
  });

  it('UPD-004 shows the restart keys, UPD-005 the update policy, each in Japanese', async () => {
    const restart = await evaluate(upd004, 'upd-004/no-restart-waiting.pass.json');
    expect(restart.ja).toContain('RebootRequired キーも RebootPending キーもなし');
    expect(restart.ja).not.toContain('Windows Update のポリシー');
    const auto = await evaluate(upd005, 'upd-005/policy-noautoupdate-1.fail.json');
    expect(auto.ja).toContain('ポリシーで NoAutoUpdate = 1');
    expect(auto.en).not.toContain('Reboot');
  });

  it('EXP-003 leaves out SMB 1.0, EXP-004 shows only it and reads the missing rights from accessDenied', async () => {
    const rdp = await evaluate(exp003, 'exp-003/on-nla-not-set.warn.json');
    expect(rdp.ja).toContain('UserAuthentication は未設定');
    expect(rdp.en).not.toContain('SMB');
    const smb = await evaluate(exp004, 'exp-004/access-denied-without-admin.unknown.json');
    expect(smb.en).not.toContain('fDenyTSConnections');
    expect(smb.ja).toContain('アクセスが拒否されました');
    expect(smb.verdict.reason?.kind).toBe('permission');
  });
});
