import type { AntivirusProduct } from '../shared/facts';
import { parseClamavVersion } from '../parsers/clamav-version';
import { parseProcessList } from '../parsers/proc-processes';
import { defineFactSource } from './fact-source';
import { knownFact, parseProblem, probeProblem, unknownFact } from './raw-helpers';

const PROBES = ['linux.clamav-version', 'linux.processes'] as const;

/** ClamAV is the antivirus Linux desktops have; on-access scanning is the clamonacc daemon. */
export const linuxAntivirus = defineFactSource({
  fact: 'antivirus',
  platform: 'linux',
  probes: PROBES,
  derive(raws) {
    const raw = raws.get('linux.clamav-version');
    if (raw?.error?.kind === 'not-found') return knownFact(PROBES, { products: [] });
    const problem = probeProblem('linux.clamav-version', raw);
    if (problem) return unknownFact(PROBES, problem);
    const version = parseClamavVersion(raw!.stdout);
    if (!version.ok) return unknownFact(PROBES, parseProblem('linux.clamav-version', version.reason));
    const procRaw = raws.get('linux.processes');
    const procs = procRaw && !procRaw.error ? parseProcessList(procRaw.stdout) : null;
    const realTime = procs?.ok ? procs.value.processes.some((p) => p.name === 'clamonacc') : null;
    const product: AntivirusProduct = {
      name: 'ClamAV',
      installed: true,
      enabled: true,
      realTime,
      signaturesUpdatedAt: version.value.databaseBuiltAt,
      // An engine without a database (freshclam never ran) detects nothing at all.
      signaturesUpToDate: version.value.databaseVersion === null ? false : null,
      signatureVersion: version.value.databaseVersion,
      engineVersion: version.value.engineVersion,
    };
    return knownFact(PROBES, { products: [product] });
  },
});
