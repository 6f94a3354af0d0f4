import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGON_EVENT_FIELDS, LOGON_SECTION_FIELDS } from '../../electron/parsers/windows-logon-events';
import { REMOTE_ACCESS_FIELDS } from '../../electron/parsers/windows-remote-access';
import { WIN32_PROCESS_FIELDS } from '../../electron/parsers/win32-processes';
import { buildInventoryScript } from '../../electron/probes/windows/inventory-script';
import { windowsNetstatReplay } from '../../electron/probes/windows/netstat-replay';
import { windowsRegRdpReplay } from '../../electron/probes/windows/reg-rdp-replay';
import { ACTIVITY_SECTIONS } from '../../electron/probes/windows/sections/activity';
import { failedLogonsSection } from '../../electron/probes/windows/sections/failed-logons';
import { processesSection } from '../../electron/probes/windows/sections/processes';
import { remoteAccessSection } from '../../electron/probes/windows/sections/remote-access';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/windows', name), 'utf8'));

/** Splits on commas outside @{ } and ( ). */
function topLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{' || ch === '(') depth++;
    else if (ch === '}' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** The property names of every `Select-Object a, b, @{ Name = 'c'; … }` in a script, in order. */
function selectLists(script: string): string[][] {
  return [...script.matchAll(/Select-Object /g)].map((m) => {
    let depth = 0;
    let end = m.index + m[0].length;
    for (; end < script.length; end++) {
      const ch = script[end];
      if (ch === '{' || ch === '(') depth++;
      else if (ch === '}' || ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if ((ch === '\n' || ch === '|') && depth === 0) break;
    }
    return topLevel(script.slice(m.index + m[0].length, end)).map((item) => (item.startsWith('@{') ? /Name = '([^']+)'/.exec(item)![1]! : item));
  });
}

/** Keys of every `[pscustomobject]@{ a = …; b = … }` in a script. */
function objectKeys(script: string): string[][] {
  return [...script.matchAll(/\[pscustomobject\]@\{ ([^\n]*) \}/g)].map((m) => m[1]!.split(/; (?=\w+ = )/).map((pair) => pair.split(' = ')[0]!.trim()));
}

describe('Windows inventory sections for signs of infection and exposure', () => {
  it('are processes, remoteAccess and failedLogons, and end up in the inventory script', () => {
    expect(ACTIVITY_SECTIONS.map((s) => s.key)).toEqual(['processes', 'remoteAccess', 'failedLogons']);
    const script = buildInventoryScript(ACTIVITY_SECTIONS);
    for (const s of ACTIVITY_SECTIONS) expect(script).toContain(`$sections['${s.key}']`);
    for (const open of ['{', '(', '[']) {
      const close = { '{': '}', '(': ')', '[': ']' }[open]!;
      expect(script.split(open).length, `${open} balanced`).toBe(script.split(close).length);
    }
  });

  it('processes: Select-Object names exactly what the parser reads, as in the real capture and the assembled fixture', () => {
    expect(selectLists(processesSection.script)).toEqual([WIN32_PROCESS_FIELDS]);
    for (const name of ['win32-process-select-json.en.win11-26200-terminal64.json', 'section-processes.en.server2012r2-admin-assembled.json']) {
      for (const row of fixture(name) as object[]) expect(Object.keys(row)).toEqual(WIN32_PROCESS_FIELDS);
    }
  });

  it('remoteAccess: the object, the Select-Object list, the parser and the fixture name the same values', () => {
    expect(selectLists(remoteAccessSection.script)).toEqual([REMOTE_ACCESS_FIELDS]);
    expect(objectKeys(remoteAccessSection.script)).toEqual([REMOTE_ACCESS_FIELDS]);
    expect(Object.keys(fixture('section-remote-access.en.rdp-on-smb1-off-assembled.json') as object)).toEqual(REMOTE_ACCESS_FIELDS);
  });

  it('failedLogons: both event queries and the section select what the parser reads, as in the fixtures', () => {
    expect(selectLists(failedLogonsSection.script)).toEqual([LOGON_EVENT_FIELDS, LOGON_EVENT_FIELDS, LOGON_SECTION_FIELDS]);
    expect(objectKeys(failedLogonsSection.script)).toEqual([LOGON_EVENT_FIELDS, LOGON_SECTION_FIELDS]);
    for (const name of ['section-failed-logons.en.azure-and-localhost-assembled.json', 'section-failed-logons.en.guessed-then-accepted-composed.json']) {
      const value = fixture(name) as { Failed: object[]; Accepted: object[] };
      expect(Object.keys(value)).toEqual(LOGON_SECTION_FIELDS);
      for (const e of [...value.Failed, ...value.Accepted]) expect(Object.keys(e)).toEqual(LOGON_EVENT_FIELDS);
    }
  });

  it('failedLogons turns a refusal into English words the report recognises as "needs administrator rights"', () => {
    expect(failedLogonsSection.script).toContain("throw 'Attempted to perform an unauthorized operation");
    expect(failedLogonsSection.script).toContain("-like 'NoMatchingEventsFound*'");
  });
});

describe('replay-only Windows probes for a helpdesk', () => {
  it('have no run function and are named after their files', () => {
    for (const probe of [windowsNetstatReplay, windowsRegRdpReplay]) {
      expect(probe.run).toBeUndefined();
      expect(probe.platform).toBe('win32');
      expect(probe.format).toBe('text');
    }
    expect(windowsNetstatReplay.id).toBe('windows.netstat');
    expect(windowsNetstatReplay.command).toBe('netstat -ano');
    expect(windowsRegRdpReplay.id).toBe('windows.reg-rdp');
  });
});
