import type { InventorySection } from './section';

/**
 * The whole batched script. Output: one compressed JSON object
 * `{ "schema": 1, "isAdmin": bool, "culture": "ja-JP", "sections": { <key>: { "ok": true, "value": … } | { "ok": false, "error": "…" } } }`.
 * Windows PowerShell 5.1 writes dates as "\/Date(ms)\/" and enums as numbers; PowerShell 7 writes ISO
 * dates. The parsers accept both. Output is forced to UTF-8 so Japanese names survive the pipe.
 */
export function buildInventoryScript(sections: readonly InventorySection[]): string {
  const body = sections
    .map((s) => `  try { $sections['${s.key}'] = @{ ok = $true; value = (& { ${s.script} }) } } catch { $sections['${s.key}'] = @{ ok = $false; error = $_.Exception.Message } }`)
    .join('\n');
  return [
    "$ErrorActionPreference = 'Stop'",
    '$ProgressPreference = \'SilentlyContinue\'',
    '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
    '$sections = [ordered]@{}',
    body,
    '$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())',
    '$result = [ordered]@{ schema = 1; isAdmin = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator); culture = (Get-Culture).Name; sections = $sections }',
    '$result | ConvertTo-Json -Depth 6 -Compress',
  ].join('\n');
}

/** -EncodedCommand takes base64 of UTF-16LE: the script travels as one argument, never through a shell. */
export function encodeForPowerShell(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}
