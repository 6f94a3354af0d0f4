import { describe, expect, it } from 'vitest';
import { parsePsProcesses } from '../../electron/parsers/ps-processes';
import { macosFixture } from '../support/macos-fixtures';

describe('ps -axww -o pid=,user=,comm=', () => {
  it('reads a macOS list: comm is the full path, the name its last part', () => {
    expect(parsePsProcesses(macosFixture('ps.en.pid-user-comm-launchd-windowserver-excerpt.txt'))).toEqual({
      ok: true,
      value: {
        processes: [
          { pid: 1, name: 'launchd', exe: '/sbin/launchd', exeDeleted: false, cmdline: '/sbin/launchd', user: 'root' },
          { pid: 393, name: 'WindowServer', exe: '/System/Library/PrivateFrameworks/SkyLight.framework/Resources/WindowServer', exeDeleted: false, cmdline: '/System/Library/PrivateFrameworks/SkyLight.framework/Resources/WindowServer', user: '_windowserver' },
        ],
        partial: false,
        hidden: [],
        elevated: null,
      },
    });
  });

  it('reads the header-less form the probe asks for (same argv, captured on Linux: bare names there, so no paths)', () => {
    const r = parsePsProcesses(macosFixture('ps.en.pid-user-comm-noheader-debian12-devhost.txt'));
    expect(r.ok && r.value.processes.length).toBe(72);
    expect(r.ok && r.value.processes[0]).toMatchObject({ pid: 1, user: 'root', name: 'process_api', exe: null });
    expect(r.ok && r.value.processes.some((p) => p.name.startsWith('kworker/'))).toBe(true);
  });

  it('refuses empty output, a header alone and a line cut before the command', () => {
    expect(parsePsProcesses('')).toMatchObject({ ok: false });
    expect(parsePsProcesses(macosFixture('ps.en.pid-user-comm-launchd-windowserver-excerpt.txt').split('\n')[0]!)).toMatchObject({ ok: false });
    expect(parsePsProcesses(macosFixture('ps.en.pid-user-comm-launchd-windowserver-excerpt.txt').slice(0, 35))).toMatchObject({ ok: false });
  });
});
