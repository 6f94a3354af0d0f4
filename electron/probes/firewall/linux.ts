import type { ProbeDefinition } from '../probe';
import { readTextFile, runCommand } from '../exec';


export const linuxUfwStatus: ProbeDefinition = {
  id: 'linux.ufw-status',
  platform: 'linux',
  format: 'text',
  command: '/usr/sbin/ufw status verbose',
  note: 'ufw on or off, its default for incoming traffic and its rules. Needs root ("ERROR: You need to be root to run this script" otherwise); not-found means ufw is not installed.',
  timeoutMs: 10000,
  run() {
    return runCommand('/usr/sbin/ufw', ['status', 'verbose'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxNftRuleset: ProbeDefinition = {
  id: 'linux.nft-ruleset',
  platform: 'linux',
  format: 'text',
  command: '/usr/sbin/nft list ruleset',
  note: 'Every nftables table and chain the kernel holds (iptables-nft and firewalld rules included); empty output means no ruleset. Needs root ("Operation not permitted (you must be root)" otherwise); not-found means nftables is not installed.',
  timeoutMs: 10000,
  run() {
    return runCommand('/usr/sbin/nft', ['list', 'ruleset'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxIptablesSave: ProbeDefinition = {
  id: 'linux.iptables-save',
  platform: 'linux',
  format: 'text',
  command: '/usr/sbin/iptables-save',
  note: 'IPv4 iptables tables and rules (the header names the backend: nf_tables or legacy); empty output means no table is loaded. Needs root ("Permission denied (you must be root)" otherwise); not-found means iptables is not installed.',
  timeoutMs: 10000,
  run() {
    return runCommand('/usr/sbin/iptables-save', [], { timeoutMs: this.timeoutMs });
  },
};

export const linuxIp6tablesSave: ProbeDefinition = {
  id: 'linux.ip6tables-save',
  platform: 'linux',
  format: 'text',
  command: '/usr/sbin/ip6tables-save',
  note: 'IPv6 counterpart of linux.iptables-save. Needs root; not-found means iptables is not installed.',
  timeoutMs: 10000,
  run() {
    return runCommand('/usr/sbin/ip6tables-save', [], { timeoutMs: this.timeoutMs });
  },
};

export const linuxFirewalldState: ProbeDefinition = {
  id: 'linux.firewalld-state',
  platform: 'linux',
  format: 'text',
  command: '/usr/bin/firewall-cmd --state',
  note: '"running" (exit 0) or "not running" (exit 252, on stderr). Works without root where polkit allows it, else "Authorization failed."; not-found means firewalld is not installed.',
  timeoutMs: 10000,
  run() {
    return runCommand('/usr/bin/firewall-cmd', ['--state'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxFirewalldZone: ProbeDefinition = {
  id: 'linux.firewalld-zone',
  platform: 'linux',
  format: 'text',
  command: '/usr/bin/firewall-cmd --list-all',
  note: 'The default zone: target (default/REJECT/DROP block, ACCEPT lets all in), services and ports open. Readable without root on desktops where polkit allows it, so it can decide when nft cannot be read.',
  timeoutMs: 10000,
  run() {
    return runCommand('/usr/bin/firewall-cmd', ['--list-all'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxIfInet6: ProbeDefinition = {
  id: 'linux.if-inet6',
  platform: 'linux',
  format: 'text',
  command: 'read /proc/net/if_inet6',
  note: "The PC's IPv6 addresses with their scope, world-readable: whether the internet can reach it over IPv6 when only IPv4 is filtered. Not-found means IPv6 is switched off in the kernel.",
  timeoutMs: 2000,
  run() {
    return readTextFile('/proc/net/if_inet6', 1024 * 1024);
  },
};

export const linuxFirewallProbes: readonly ProbeDefinition[] = [
  linuxUfwStatus,
  linuxNftRuleset,
  linuxIptablesSave,
  linuxIp6tablesSave,
  linuxFirewalldState,
  linuxFirewalldZone,
  linuxIfInet6,
];
