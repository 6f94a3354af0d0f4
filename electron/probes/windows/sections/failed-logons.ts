import type { InventorySection } from '../section';

/** Events per query: enough for a week on a home PC, bounded on one under attack (the fact then says how far back it reaches). */
export const LOGON_MAX_EVENTS = 1000;

/**
 * Failed logons (event 4625) of the last 7 days, and successful network and Remote Desktop logons
 * (4624, types 3 and 10) from the addresses that failed. Fields come from the event XML, which is
 * the same in every display language. Reading the Security log needs administrator rights; the
 * refusal is rethrown in English so the report can say so on a Japanese Windows too. "No events"
 * is an empty list, not a failure.
 */
export const failedLogonsSection: InventorySection = {
  key: 'failedLogons',
  script: [
    `$max = ${LOGON_MAX_EVENTS}`,
    '$read = {',
    '  param($query)',
    '  try { & $query } catch {',
    "    if ($_.FullyQualifiedErrorId -like 'NoMatchingEventsFound*') { return }",
    "    if ($_.Exception -is [System.UnauthorizedAccessException] -or $_.FullyQualifiedErrorId -like 'System.UnauthorizedAccessException*') { throw 'Attempted to perform an unauthorized operation: reading the Security log needs administrator rights' }",
    '    throw',
    '  }',
    '}',
    '$project = {',
    '  process {',
    '    $data = @{}',
    '    foreach ($d in ([xml]$_.ToXml()).Event.EventData.Data) { $data[$d.Name] = $d.InnerText }',
    "    [pscustomobject]@{ TimeCreated = $_.TimeCreated; TargetUserName = $data['TargetUserName']; IpAddress = $data['IpAddress']; LogonType = $data['LogonType'] }",
    '  }',
    '}',
    "$failed = @(& $read { Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4625; StartTime = (Get-Date).AddDays(-7) } -MaxEvents $max -ErrorAction Stop } | & $project | Select-Object TimeCreated, TargetUserName, IpAddress, LogonType)",
    "$sources = @($failed | ForEach-Object { $_.IpAddress } | Where-Object { $_ -and $_ -ne '-' } | Sort-Object -Unique)",
    '$accepted = @()',
    'if ($sources.Count -gt 0) {',
    "  $xpath = \"*[System[EventID=4624 and TimeCreated[timediff(@SystemTime) <= 604800000]] and EventData[Data[@Name='LogonType']='3' or Data[@Name='LogonType']='10']]\"",
    "  $accepted = @(& $read { Get-WinEvent -LogName 'Security' -FilterXPath $xpath -MaxEvents $max -ErrorAction Stop } | & $project | Where-Object { $sources -contains $_.IpAddress } | Select-Object TimeCreated, TargetUserName, IpAddress, LogonType)",
    '}',
    "$oldest = @(Get-WinEvent -LogName 'Security' -MaxEvents 1 -Oldest -ErrorAction SilentlyContinue)",
    '[pscustomobject]@{ MaxEvents = $max; OldestEventAt = $(if ($oldest.Count -gt 0) { $oldest[0].TimeCreated } else { $null }); Failed = $failed; Accepted = $accepted } |',
    '  Select-Object MaxEvents, OldestEventAt, Failed, Accepted',
  ].join('\n'),
  note: `failedLogons: Security log event 4625 of the last 7 days and 4624 (logon types 3, 10) from the same addresses, at most ${LOGON_MAX_EVENTS} each, fields from the event XML; needs administrator rights.`,
};
