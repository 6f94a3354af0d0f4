import { parseSpctlStatus } from '../parsers/spctl-status';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact, unknownFact } from './raw-helpers';

const PROBE = 'macos.gatekeeper';

export const macosSecuritySettings = defineFactSource({
  fact: 'securitySettings',
  platform: 'darwin',
  probes: [PROBE],
  derive(raws) {
    // spctl exits 1 when assessments are disabled: that output is still the answer.
    const gk = readProbe(raws, PROBE, parseSpctlStatus, [0, 1]);
    if (!gk.ok) return unknownFact([PROBE], gk.reason);
    return knownFact([PROBE], {
      fileExtensionsHidden: null,
      smartScreen: null,
      gatekeeper: gk.value,
      detail: [`spctl --status: assessments ${gk.value ? 'enabled' : 'disabled'}`],
    });
  },
});
