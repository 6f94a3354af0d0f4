import type { InventorySection } from '../section';

export const osSection: InventorySection = {
  key: 'os',
  script: [
    '$os = Get-CimInstance -ClassName Win32_OperatingSystem',
    "$cv = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'",
    '[pscustomobject]@{ Caption = $os.Caption; Version = $os.Version; BuildNumber = $os.BuildNumber; OSArchitecture = $os.OSArchitecture; LastBootUpTime = $os.LastBootUpTime; DisplayVersion = $cv.DisplayVersion; ReleaseId = $cv.ReleaseId; UBR = $cv.UBR; EditionID = $cv.EditionID }',
  ].join('; '),
  note: 'Win32_OperatingSystem (name, version, build, last start) and HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion (DisplayVersion, ReleaseId, UBR, EditionID); no administrator rights needed.',
};
