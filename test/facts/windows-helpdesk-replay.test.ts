import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { av001 } from '../../electron/checks/av-001-antivirus-present';
import { av002 } from '../../electron/checks/av-002-pattern-files-fresh';
import { brw001 } from '../../electron/checks/brw-001-browsers-supported';
import { brw002 } from '../../electron/checks/brw-002-internet-explorer-not-used';
import type { CheckContext } from '../../electron/checks/check';
import { fw001 } from '../../electron/checks/fw-001-inbound-firewall';
import { mail001 } from '../../electron/checks/mail-001-file-extensions-shown';
import { upd001 } from '../../electron/checks/upd-001-os-supported';
import { upd003 } from '../../electron/checks/upd-003-days-since-update';
import { upd004 } from '../../electron/checks/upd-004-no-restart-pending';
import { upd005 } from '../../electron/checks/upd-005-automatic-updates';
import { web001 } from '../../electron/checks/web-001-smartscreen';
import { openReplay, replayProbe } from '../../electron/engine/replay-source';
import { windowsAntivirus } from '../../electron/facts/antivirus-windows';
import { windowsBrowsers } from '../../electron/facts/browsers-windows';
import type { FactSource } from '../../electron/facts/fact-source';
import { windowsFirewall } from '../../electron/facts/firewall-windows';
import { windowsOs } from '../../electron/facts/os-windows';
import { windowsSecuritySettings } from '../../electron/facts/security-settings-windows';
import { windowsUpdateHistory } from '../../electron/facts/update-history-windows';
import { windowsUpdateSettings } from '../../electron/facts/update-settings-windows';
import { windowsInventory } from '../../electron/probes/windows/inventory';
import { windowsProtectionReplayProbes } from '../../electron/probes/windows/replay-files';
import type { FactSet } from '../../electron/shared/facts';
import type { RawOutput } from '../../electron/shared/types';
import { bundledSignatures } from '../support/signatures';

const SOURCES: FactSource[] = [windowsAntivirus, windowsFirewall, windowsOs, windowsUpdateHistory, windowsUpdateSettings, windowsBrowsers, windowsSecuritySettings];

/**
 * What a helpdesk gets from a caller: `netsh advfirewall show allprofiles` and `systeminfo` saved by
 * hand (real outputs), and a meta.json with the platform and the time. Read the way a replay reads.
 */
describe('helpdesk folder with only netsh and systeminfo', () => {
  it('gives FW-001 and UPD-001 verdicts and unknown everywhere else', async () => {
    const folder = await openReplay(join(import.meta.dirname, '../replays/windows-helpdesk-netsh-systeminfo'));
    expect(folder.platform).toBe('win32');
    const raws = new Map<string, RawOutput>();
    for (const probe of [windowsInventory, ...windowsProtectionReplayProbes]) raws.set(probe.id, await replayProbe(folder, probe));
    const capturedAt = new Date(folder.meta!.capturedAt!);
    const facts: FactSet = {};
    for (const source of SOURCES) (facts as Record<string, unknown>)[source.fact] = source.derive({ get: (id) => raws.get(id) }, { platform: 'win32', capturedAt });
    const ctx: CheckContext = { platform: 'win32', capturedAt, signatures: await bundledSignatures(), answers: {} };
    const status = Object.fromEntries([av001, av002, mail001, web001, brw001, brw002, fw001, upd001, upd003, upd004, upd005].map((c) => [c.id, c.evaluate(facts, ctx).status]));
    expect(status).toEqual({
      'AV-001': 'unknown',
      'AV-002': 'unknown',
      'MAIL-001': 'unknown',
      'WEB-001': 'unknown',
      'BRW-001': 'unknown',
      'BRW-002': 'unknown',
      'FW-001': 'pass',
      'UPD-001': 'fail',
      'UPD-003': 'unknown',
      'UPD-004': 'unknown',
      'UPD-005': 'unknown',
    });
    expect(upd001.evaluate(facts, ctx).message.en).toBe('Windows 11 Pro (build 22631) stopped receiving free security updates on 2025-11-11.');
    expect(fw001.evaluate(facts, ctx).evidence[0]!.text.en).toContain('Public State=ON Policy=BlockInbound,AllowOutbound');
    expect(av001.evaluate(facts, ctx).reason?.kind).toBe('missing');
  });
});
