import type { LocalizedText } from '../shared/types';
import { parseSpctlStatus } from '../parsers/spctl-status';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact, unknownFact } from './raw-helpers';

const PROBE = 'macos.gatekeeper';

/** spctl's own words stay as printed, so the user can compare them with Terminal. */
function gatekeeperText(enabled: boolean): LocalizedText {
  return enabled
    ? { en: 'spctl --status: assessments enabled', ja: 'spctl --status の結果: assessments enabled (評価は有効)' }
    : { en: 'spctl --status: assessments disabled', ja: 'spctl --status の結果: assessments disabled (評価は無効)' };
}

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
      detail: [{ setting: 'gatekeeper', text: gatekeeperText(gk.value) }],
    });
  },
});
