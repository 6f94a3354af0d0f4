import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** What the OpenSSH server's configuration says about logins from the network. */
export interface SshdSettings {
  /**
   * Passwords are accepted without a key: PasswordAuthentication, or keyboard-interactive through
   * PAM (which asks for the password), unless AuthenticationMethods demands a key first.
   * Null when a file that could set it was not readable.
   */
  passwordLogins: boolean | null;
  /** Criteria of Match blocks that turn password logins on although the global setting keeps them off. */
  passwordLoginsForMatch: string[];
  /** PermitRootLogin as written ('yes', 'no', 'prohibit-password', 'without-password', 'forced-commands-only'); null when not readable. */
  permitRootLogin: string | null;
  /** TCP ports sshd listens on: Port lines and ports in ListenAddress lines. */
  ports: number[];
}

/** Keyword (lower case) → its arguments, first occurrence kept, as sshd does outside Match. */
type Values = Map<string, string[]>;

/** Keywords that add up instead of keeping the first value. */
const CUMULATIVE = new Set(['port', 'listenaddress']);

/** Upstream defaults (sshd_config(5)); distributions change some in their shipped files, which are read. */
const DEFAULTS: Record<string, string> = {
  passwordauthentication: 'yes',
  kbdinteractiveauthentication: 'yes',
  usepam: 'no',
  permitrootlogin: 'prohibit-password',
  authenticationmethods: 'any',
};

/** ChallengeResponseAuthentication is the name KbdInteractiveAuthentication had before OpenSSH 8.7. */
const ALIASES: Record<string, string> = { challengeresponseauthentication: 'kbdinteractiveauthentication' };

/** Arguments as sshd splits them: double quotes group, a word starting with # ends the line. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const t = m[1] ?? m[2]!;
    if (m[2]?.startsWith('#')) break;
    out.push(t);
  }
  return out;
}

/** `Keyword value…` or `Keyword=value…`; null for a line sshd would reject. */
function splitLine(line: string): { key: string; args: string[] } | null {
  const m = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\s*=\s*|\s+)(.*)$/.exec(line);
  if (!m) return null;
  const args = tokens(m[2]!);
  if (args.length === 0) return null;
  const key = m[1]!.toLowerCase();
  return { key: ALIASES[key] ?? key, args };
}

function put(values: Values, key: string, args: string[]): void {
  if (CUMULATIVE.has(key)) values.set(key, [...(values.get(key) ?? []), ...args]);
  else if (!values.has(key)) values.set(key, args);
}

type Tri = boolean | null;
const or3 = (a: Tri, b: Tri): Tri => (a === true || b === true ? true : a === null || b === null ? null : false);
const and3 = (a: Tri, b: Tri): Tri => (a === false || b === false ? false : a === null || b === null ? null : true);

/**
 * Per Match block (and the global one): the keywords it had when an Include named a file that could
 * not be read. That file may have set any other keyword first, and the first value wins.
 */
type Blind = ReadonlyMap<Values, ReadonlySet<string>>;

/** A value from the first layer that has it, else the default; null when an unreadable file may have set it first. */
function lookup(layers: readonly Values[], blind: Blind, key: string): string | null {
  for (const layer of layers) {
    const known = blind.get(layer);
    if (known && !known.has(key)) return null;
    const v = layer.get(key);
    if (v) return v.join(' ');
  }
  return DEFAULTS[key] ?? null;
}

function flag(value: string | null): Tri {
  return value === null ? null : value.toLowerCase() === 'yes';
}

/** Whether some AuthenticationMethods list lets a password (or PAM prompt) through without a key. */
function methodsAllowPasswordAlone(methods: string | null, method: 'password' | 'keyboard-interactive'): Tri {
  if (methods === null) return null;
  if (methods === 'any') return true;
  const KEYED = /^(publickey|hostbased|gssapi-with-mic)/;
  return methods.split(/\s+/).some((list) => {
    const steps = list.split(',');
    return steps.some((s) => s.split(':')[0] === method) && !steps.some((s) => KEYED.test(s));
  });
}

function passwordLogins(layers: readonly Values[], blind: Blind): Tri {
  const get = (key: string) => lookup(layers, blind, key);
  const methods = get('authenticationmethods');
  const password = and3(flag(get('passwordauthentication')), methodsAllowPasswordAlone(methods, 'password'));
  const pamPrompt = and3(and3(flag(get('kbdinteractiveauthentication')), flag(get('usepam'))), methodsAllowPasswordAlone(methods, 'keyboard-interactive'));
  return or3(password, pamPrompt);
}

function portOf(listen: string): number | null {
  const m = /^(?:\[[^\]]+\]|[^:\s]+):(\d+)$/.exec(listen);
  return m ? Number(m[1]) : null;
}

function portsOf(global: Values): number[] {
  const ports = new Set((global.get('port') ?? ['22']).map(Number));
  for (const listen of global.get('listenaddress') ?? []) {
    const p = portOf(listen);
    if (p !== null) ports.add(p);
  }
  return [...ports].filter((p) => Number.isInteger(p) && p > 0 && p < 65536).sort((a, b) => a - b);
}

interface Block {
  criteria: string;
  values: Values;
}

function settingsFrom(global: Values, blocks: readonly Block[], blind: Blind): SshdSettings {
  const isAll = (b: Block) => b.criteria.toLowerCase() === 'all';
  // A Match block's values win over the global ones for the connections it matches; `Match all` matches every connection.
  const everyone = [...blocks.filter(isAll).map((b) => b.values), global];
  const base = passwordLogins(everyone, blind);
  const forMatch = base === true
    ? []
    : blocks
        .filter((b) => !isAll(b))
        .filter((b) => passwordLogins([...blocks.filter((o) => o === b || isAll(o)).map((o) => o.values), global], blind) === true)
        .map((b) => b.criteria);
  return {
    passwordLogins: forMatch.length > 0 ? true : base,
    passwordLoginsForMatch: forMatch,
    permitRootLogin: lookup(everyone, blind, 'permitrootlogin'),
    ports: portsOf(global),
  };
}

/** `sshd -T`: the effective global configuration, one lower-case `keyword value` per line, defaults filled in. */
export function parseSshdEffective(text: string): ParseResult<SshdSettings> {
  const values: Values = new Map();
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const m = /^([a-z][a-z0-9]*) (.*)$/.exec(line);
    if (!m) return notUnderstood(`line ${i + 1} is not a lower-case "keyword value" line`);
    put(values, m[1]!, tokens(m[2]!));
  }
  for (const key of ['passwordauthentication', 'permitrootlogin', 'port', 'usepam']) {
    if (!values.has(key)) return notUnderstood(`no "${key}" line`);
  }
  // Before OpenSSH 8.7 the keyword had its older name.
  const cr = values.get('challengeresponseauthentication');
  if (!values.has('kbdinteractiveauthentication') && cr) values.set('kbdinteractiveauthentication', cr);
  return parsed(settingsFrom(values, [], new Map()));
}

const MARKER = /^==> (.+?)(?: \(([^()]*)\))? <==$/;

interface Section {
  path: string;
  /** Null when the probe could not read the file. */
  lines: string[] | null;
}

function sections(text: string): Section[] | null {
  const out: Section[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = MARKER.exec(line);
    if (m) {
      out.push({ path: m[1]!, lines: m[2]?.startsWith('not read') ? null : [] });
      continue;
    }
    if (out.length === 0) {
      if (line.trim() === '') continue;
      return null;
    }
    out.at(-1)!.lines?.push(line);
  }
  return out;
}

function globMatcher(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\[!/g, '[^');
  return new RegExp(`^${body}$`);
}

const MAX_DEPTH = 16;

/**
 * The probe's text: /etc/ssh/sshd_config and the files its Include lines name, each after a
 * `==> path <==` line. Read like sshd: the first value of a keyword wins, an Include is read where
 * it stands, a Match block lasts to the next Match or the end of its file.
 */
export function parseSshdConfigFiles(text: string): ParseResult<SshdSettings> {
  if (text.trim() === '') return notUnderstood('empty output');
  const files = sections(text);
  if (!files || files.length === 0) return notUnderstood('no "==> /etc/ssh/sshd_config <==" header');
  const main = files[0]!;
  if (main.lines === null) return notUnderstood(`${main.path} was not read`);
  const baseDir = main.path.slice(0, main.path.lastIndexOf('/'));
  const global: Values = new Map();
  const blocks: Block[] = [];
  const blind = new Map<Values, Set<string>>();
  let current: Values = global;

  const read = (file: Section, depth: number): string | null => {
    const saved = current;
    for (const [i, line] of file.lines!.entries()) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const kv = splitLine(line);
      if (!kv) return `${file.path} line ${i + 1} is not a "Keyword value" line`;
      if (kv.key === 'match') {
        current = new Map();
        blocks.push({ criteria: kv.args.join(' '), values: current });
      } else if (kv.key === 'include') {
        if (depth >= MAX_DEPTH) return `Include nested deeper than ${MAX_DEPTH}`;
        for (const pattern of kv.args) {
          const re = globMatcher(pattern.startsWith('/') ? pattern : `${baseDir}/${pattern}`);
          for (const inc of files.filter((f) => re.test(f.path))) {
            if (inc.lines === null) {
              if (!blind.has(current)) blind.set(current, new Set(current.keys()));
              continue;
            }
            const problem = read(inc, depth + 1);
            if (problem) return problem;
          }
        }
      } else {
        put(current, kv.key, kv.args);
      }
    }
    current = saved;
    return null;
  };

  const problem = read(main, 0);
  if (problem) return notUnderstood(problem);
  return parsed(settingsFrom(global, blocks, blind));
}
