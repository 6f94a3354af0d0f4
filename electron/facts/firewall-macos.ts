import type { FirewallLayer } from '../shared/facts';
import { parseAlfGlobalState, parseAlfStealthMode } from '../parsers/socketfilterfw';
import { defineFactSource } from './fact-source';
import { readProbe } from './read-macos';
import { knownFact, unknownFact } from './raw-helpers';

const STATE = 'macos.alf';
const STEALTH = 'macos.alf-stealth';
const PROBES = [STATE, STEALTH] as const;

/**
 * macOS has one firewall a user switches on: the Application Firewall. Switched on (state 1) it
 * refuses incoming connections to every program and service that was not allowed, and state 2
 * refuses all but essential services, so either one blocks unsolicited inbound traffic by default.
 * Stealth mode (no answer to probes at all) is shown, not required.
 */
export const macosFirewall = defineFactSource({
  fact: 'firewall',
  platform: 'darwin',
  probes: PROBES,
  derive(raws) {
    const state = readProbe(raws, STATE, parseAlfGlobalState);
    if (!state.ok) return unknownFact(PROBES, state.reason);
    const stealth = readProbe(raws, STEALTH, parseAlfStealthMode);
    // socketfilterfw's own terms, the same in both languages (FW-001 says on/off in words).
    const stealthText = stealth.ok ? `stealth=${stealth.value ? 'on' : 'off'}` : 'stealth=?';
    const on = state.value !== 0;
    const layer: FirewallLayer = {
      name: 'Application Firewall',
      family: 'both',
      installed: true,
      active: on,
      blocksInboundByDefault: on,
      inboundRuleCount: null,
      detail: `socketfilterfw State=${state.value}, ${stealthText}`,
    };
    return knownFact(PROBES, { layers: [layer] });
  },
});
