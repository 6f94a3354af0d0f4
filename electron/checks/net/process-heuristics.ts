import type { ProcessInfo } from '../../shared/facts';
import type { LocalizedText, Platform } from '../../shared/types';
import type { ProcessesData } from '../../signatures/schema';

export type Weight = 'strong' | 'weak';

export interface Indicator {
  code: 'c2-address' | 'suspicious-port' | 'temp-location' | 'deleted-binary' | 'imitates-system' | 'fan-out';
  weight: Weight;
  text: LocalizedText;
}

/** Windows paths compare case-insensitively with backslashes; POSIX paths as they are. */
export function normalisePath(path: string, platform: Platform): string {
  return platform === 'win32' ? path.replace(/\//g, '\\').toLowerCase() : path;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Lower-case program name without `.exe`, for comparing with signature lists. */
export function programKey(name: string): string {
  return name.toLowerCase().replace(/\.exe$/, '');
}

function inTempLocation(exe: string, platform: Platform, data: ProcessesData): string | null {
  const path = normalisePath(exe, platform);
  const lower = path.toLowerCase();
  const allowed = (data.allowedLocations[platform] ?? []).some((a) => lower.startsWith(a.toLowerCase()) || lower.includes(a.toLowerCase()));
  if (allowed) return null;
  const hit = (data.suspiciousLocations[platform] ?? []).find((loc) => (platform === 'linux' ? path.startsWith(loc) : lower.includes(loc.toLowerCase())));
  return hit ?? null;
}

function imitated(proc: ProcessInfo, platform: Platform, data: ProcessesData): { name: string; expected: string[] } | null {
  const name = platform === 'win32' ? proc.name.toLowerCase() : proc.name;
  for (const sys of data.systemNames) {
    if (sys.platform !== platform) continue;
    const matches = sys.prefix ? name.startsWith(sys.name) : name === sys.name;
    if (!matches) continue;
    if (sys.expectedDirs.length === 0) {
      // A kernel thread has no executable; a process of that name with one is dressing up as it.
      return proc.exe ? { name: sys.name, expected: [] } : null;
    }
    if (!proc.exe) return null;
    const exe = normalisePath(proc.exe, platform);
    return sys.expectedDirs.some((dir) => exe.startsWith(dir) && !exe.slice(dir.length).includes(platform === 'win32' ? '\\' : '/')) ? null : { name: sys.name, expected: sys.expectedDirs };
  }
  return null;
}

/** What is odd about one process, each with the words a user can check. */
export function processIndicators(proc: ProcessInfo, platform: Platform, data: ProcessesData): Indicator[] {
  const out: Indicator[] = [];
  const temp = proc.exe ? inTempLocation(proc.exe, platform, data) : null;
  if (temp) {
    out.push({ code: 'temp-location', weight: 'weak', text: { en: `runs from a temporary folder (${proc.exe})`, ja: `一時フォルダーから実行されています (${proc.exe})` } });
  }
  if (proc.exeDeleted) {
    out.push({
      code: 'deleted-binary',
      weight: 'weak',
      text: { en: 'its program file was deleted after it started (an update does this too; restarting the program clears it)', ja: '起動後にプログラムのファイルが削除されています (更新でも起こります。プログラムを再起動すると解消します)' },
    });
  }
  const fake = imitated(proc, platform, data);
  if (fake) {
    out.push({
      code: 'imitates-system',
      weight: 'weak',
      text: fake.expected.length === 0
        ? { en: `uses the name of a kernel thread (${fake.name}) but is an ordinary program`, ja: `カーネルスレッドの名前 (${fake.name}) を名乗っていますが、通常のプログラムです` }
        : { en: `uses the name of the system program ${fake.name} but does not run from ${fake.expected.join(' or ')}`, ja: `システムのプログラム ${fake.name} の名前ですが、本来の場所 (${fake.expected.join(' または ')}) から実行されていません` },
    });
  }
  return out;
}

/** Two weak signs together, or one strong sign, are what we call a sign of infection. */
export function isSevere(indicators: readonly Indicator[]): boolean {
  return indicators.some((i) => i.weight === 'strong') || indicators.length >= 2;
}
