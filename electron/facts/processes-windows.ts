import type { ProcessInfo } from '../shared/facts';
import { parseWin32Processes, type Win32Process } from '../parsers/win32-processes';
import { defineFactSource } from './fact-source';
import { knownFact, unknownFact } from './raw-helpers';
import { INVENTORY, inventorySection } from './windows-inventory';

const PROBES = [INVENTORY] as const;

/** Kernel-made processes that have no executable file at all. */
const NO_FILE_PIDS = new Set([0, 4]);
const NO_FILE_NAMES = new Set(['registry', 'memory compression', 'secure system', 'vmmem', 'vmmemwsl']);

/**
 * Protected processes: Windows withholds their paths from administrators too (seen for smss.exe,
 * csrss.exe and services.exe on Windows Server 2012 R2), and only code signed by Microsoft or an
 * antimalware vendor may run protected. Without administrator rights they count as hidden like
 * any other process of another user.
 */
const PROTECTED_NAMES = new Set([
  'smss.exe',
  'csrss.exe',
  'wininit.exe',
  'services.exe',
  'lsass.exe',
  'lsaiso.exe',
  'msmpeng.exe',
  'nissrv.exe',
  'mpdefendercoreservice.exe',
  'securityhealthservice.exe',
  'sgrmbroker.exe',
]);

function hiddenFrom(p: Win32Process, elevated: boolean): boolean {
  if (p.exe !== null || NO_FILE_PIDS.has(p.pid)) return false;
  const name = p.name.toLowerCase();
  if (NO_FILE_NAMES.has(name)) return false;
  return !(elevated && PROTECTED_NAMES.has(name));
}

/** Win32_Process from the inventory; a process whose file Windows did not show is hidden, and the list is then partial. */
export const windowsProcessesFact = defineFactSource({
  fact: 'processes',
  platform: 'win32',
  probes: PROBES,
  derive(raws) {
    const section = inventorySection(raws, 'processes', parseWin32Processes);
    if (!section.ok) return unknownFact(PROBES, section.reason);
    const elevated = section.isAdmin;
    const processes: ProcessInfo[] = section.value.map((p) => ({ pid: p.pid, name: p.name, exe: p.exe, exeDeleted: false, cmdline: p.cmdline, user: null }));
    const hidden = section.value.filter((p) => hiddenFrom(p, elevated === true)).map((p) => ({ pid: p.pid, name: p.name }));
    return knownFact(PROBES, { processes, partial: hidden.length > 0, hidden, elevated });
  },
});
