/**
 * One part of the batched Windows inventory: a key in its JSON and the PowerShell that computes the
 * value. Each section runs in its own try/catch, so one failing cmdlet (no admin, no Defender, no
 * SecurityCenter2 on Windows Server) costs that section only.
 */
export interface InventorySection {
  /** Key in the inventory JSON, e.g. "defender". */
  key: string;
  /** PowerShell expression or script block body whose output becomes the value (piped to ConvertTo-Json). */
  script: string;
  /** What it reads and which rights it needs, for docs/probes.md. */
  note: string;
}
