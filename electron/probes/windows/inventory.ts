import type { ProbeDefinition } from '../probe';
import { runCommand } from '../exec';
import { buildInventoryScript, encodeForPowerShell } from './inventory-script';
import { INVENTORY_SECTIONS } from './sections/index';

/** Absolute path of Windows PowerShell 5.1, under %SystemRoot%\System32 as the OS installs it. */
export function powershellPath(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? 'C:\\Windows';
  return `${root}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
}

export const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-NoLogo', '-ExecutionPolicy', 'Bypass', '-EncodedCommand'] as const;

export function inventoryArgs(): string[] {
  return [...POWERSHELL_ARGS, encodeForPowerShell(buildInventoryScript(INVENTORY_SECTIONS))];
}

/**
 * Everything the Windows checks need, in one PowerShell process: its start-up (0.5–1.5 s) costs far
 * more than the queries, so a scan starts PowerShell once.
 */
export const windowsInventory: ProbeDefinition = {
  id: 'windows.inventory',
  platform: 'win32',
  format: 'json',
  command: `%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe ${POWERSHELL_ARGS.join(' ')} <script> (the script: electron/probes/windows/sections/)`,
  note: `One batched script; sections: ${INVENTORY_SECTIONS.map((s) => s.key).join(', ')}. Sections that need administrator rights fail on their own and are recorded as such.`,
  timeoutMs: 60_000,
  run() {
    return runCommand(powershellPath(), inventoryArgs(), { timeoutMs: this.timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  },
};
