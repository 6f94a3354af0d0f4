import type { InventorySection } from '../section';

/**
 * Candidate paths: the default install folders (64- and 32-bit Program Files, Chrome's per-user
 * install) and the App Paths registrations, which name where an installer really put the browser.
 */
export const browsersSection: InventorySection = {
  key: 'browsers',
  script: [
    "$pf = $env:ProgramFiles; $pf86 = ${env:ProgramFiles(x86)}; $local = $env:LOCALAPPDATA",
    "$candidates = @(@('edge', \"$pf86\\Microsoft\\Edge\\Application\\msedge.exe\"), @('edge', \"$pf\\Microsoft\\Edge\\Application\\msedge.exe\"), @('chrome', \"$pf\\Google\\Chrome\\Application\\chrome.exe\"), @('chrome', \"$pf86\\Google\\Chrome\\Application\\chrome.exe\"), @('chrome', \"$local\\Google\\Chrome\\Application\\chrome.exe\"), @('firefox', \"$pf\\Mozilla Firefox\\firefox.exe\"), @('firefox', \"$pf86\\Mozilla Firefox\\firefox.exe\"), @('ie', \"$pf\\Internet Explorer\\iexplore.exe\"), @('ie', \"$pf86\\Internet Explorer\\iexplore.exe\"))",
    "foreach ($app in @(@('edge', 'msedge.exe'), @('chrome', 'chrome.exe'), @('firefox', 'firefox.exe'), @('ie', 'IEXPLORE.EXE'))) { foreach ($hive in @('HKLM', 'HKCU')) { $reg = Get-ItemProperty -LiteralPath \"$($hive):\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\$($app[1])\" -ErrorAction SilentlyContinue; if ($reg -and $reg.'(default)') { $candidates += ,@($app[0], ([string]$reg.'(default)').Trim('\"')) } } }",
    '$seen = @{}; $files = @()',
    "foreach ($c in $candidates) { $path = $c[1]; if ($seen.ContainsKey($path.ToLowerInvariant()) -or -not (Test-Path -LiteralPath $path -PathType Leaf)) { continue }; $seen[$path.ToLowerInvariant()] = $true; $channel = $null; if ($c[0] -eq 'firefox') { $prefs = Join-Path (Split-Path -Parent $path) 'defaults\\pref\\channel-prefs.js'; if (Test-Path -LiteralPath $prefs) { $m = [regex]::Match([string](Get-Content -LiteralPath $prefs -Raw -ErrorAction SilentlyContinue), 'app\\.update\\.channel\"\\s*,\\s*\"([^\"]+)'); if ($m.Success) { $channel = $m.Groups[1].Value } } }; $files += [pscustomobject]@{ Name = $c[0]; Path = $path; ProductVersion = (Get-Item -LiteralPath $path).VersionInfo.ProductVersion; Channel = $channel } }",
    '[pscustomobject]@{ Files = $files; IeRunning = [bool](Get-Process -Name iexplore -ErrorAction SilentlyContinue) }',
  ].join('; '),
  note: 'Version resources of msedge.exe, chrome.exe, firefox.exe and iexplore.exe at their usual paths and App Paths registrations, Firefox\'s update channel, and whether iexplore.exe is running; no administrator rights needed.',
};
