import type { ProbeDefinition } from '../probe';
import { readGzipTextFile, readTextFile, runCommand } from '../exec';

export const linuxOsRelease: ProbeDefinition = {
  id: 'linux.os-release',
  platform: 'linux',
  format: 'text',
  command: 'read /etc/os-release (falls back to /usr/lib/os-release)',
  note: 'Distribution id and version for the support-date look-up; world-readable, no rights needed.',
  timeoutMs: 2000,
  async run() {
    const etc = await readTextFile('/etc/os-release', 64 * 1024);
    if (etc.error?.kind !== 'not-found') return etc;
    return readTextFile('/usr/lib/os-release', 64 * 1024);
  },
};

export const linuxAptListUpgradable: ProbeDefinition = {
  id: 'linux.apt-list-upgradable',
  platform: 'linux',
  format: 'text',
  command: '/usr/bin/apt list --upgradable',
  note: 'Packages with a newer version in the cached package lists, with the suites offering it (-security = a security fix). No download, no root. Chosen over apt-get --simulate upgrade, which runs the resolver: 0.9 s against 3-4 s for 135 pending packages here. Not-found means no apt.',
  timeoutMs: 30_000,
  run() {
    return runCommand('/usr/bin/apt', ['list', '--upgradable'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxAptHistory: ProbeDefinition = {
  id: 'linux.apt-history',
  platform: 'linux',
  format: 'text',
  command: 'read /var/log/apt/history.log',
  note: 'apt transactions (Start-Date/End-Date, Upgrade:, Install:) for the last upgrade time; world-readable on Debian and Ubuntu. Rotated monthly, so it may be empty.',
  timeoutMs: 5000,
  run() {
    return readTextFile('/var/log/apt/history.log', 16 * 1024 * 1024);
  },
};

export const linuxAptHistoryRotated: ProbeDefinition = {
  id: 'linux.apt-history-rotated',
  platform: 'linux',
  format: 'text',
  command: 'read /var/log/apt/history.log.1.gz (unpacked)',
  note: "The previous month's apt transactions as logrotate keeps them (compressed; an empty log is not rotated): where the last upgrade is when this month's log has none. Not-found on a system whose log has never been rotated.",
  timeoutMs: 5000,
  run() {
    return readGzipTextFile('/var/log/apt/history.log.1.gz', 16 * 1024 * 1024);
  },
};

export const linuxAptListsStamp: ProbeDefinition = {
  id: 'linux.apt-lists-stamp',
  platform: 'linux',
  format: 'text',
  command: "/usr/bin/find /var/lib/apt/lists /var/lib/apt/periodic -maxdepth 1 -printf '%T@ %p\\n'",
  note: 'Modification times of the downloaded package lists and of update-success-stamp: how current the lists are. Exit 1 with a message on stderr when a directory is missing (no apt, or no periodic updates).',
  timeoutMs: 5000,
  run() {
    return runCommand('/usr/bin/find', ['/var/lib/apt/lists', '/var/lib/apt/periodic', '-maxdepth', '1', '-printf', '%T@ %p\\n'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxDnfCheckUpdate: ProbeDefinition = {
  id: 'linux.dnf-check-update',
  platform: 'linux',
  format: 'text',
  command: '/usr/bin/dnf --cacheonly check-update',
  note: 'Pending updates from the system metadata cache, read-only without root. Exit 100 = updates listed, 0 = none, 1 = error (e.g. no cache yet). not-found means no dnf.',
  timeoutMs: 60_000,
  run() {
    return runCommand('/usr/bin/dnf', ['--cacheonly', 'check-update'], { timeoutMs: this.timeoutMs });
  },
};

export const linuxUpdateProbes: readonly ProbeDefinition[] = [linuxOsRelease, linuxAptListUpgradable, linuxAptHistory, linuxAptHistoryRotated, linuxAptListsStamp, linuxDnfCheckUpdate];
