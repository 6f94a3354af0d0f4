import { notUnderstood, parsed, type ParseResult } from './parse-result';

/** A value of an Apple XML property list; `<date>` stays the ISO string it is written as. */
export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

const TOKEN = /<(\/?)([a-zA-Z]+)\s*(\/?)>|([^<]+)/g;

function unescape(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

interface Token {
  close: boolean;
  name: string | null;
  empty: boolean;
  text: string;
}

class Reader {
  private readonly tokens: Token[];
  private at = 0;

  constructor(body: string) {
    this.tokens = [...body.matchAll(TOKEN)]
      .map((m) => ({ close: m[1] === '/', name: m[2] ?? null, empty: m[3] === '/', text: m[4] ?? '' }))
      .filter((t) => t.name !== null || t.text.trim() !== '');
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  private next(): Token {
    const t = this.tokens[this.at++];
    if (!t) throw new Error('the property list ends early');
    return t;
  }

  private text(name: string): string {
    const t = this.next();
    if (t.name === name && t.close) return '';
    if (t.name !== null) throw new Error(`<${name}> holds <${t.name}>`);
    const end = this.next();
    if (end.name !== name || !end.close) throw new Error(`<${name}> is not closed`);
    return unescape(t.text);
  }

  value(): PlistValue {
    const t = this.next();
    if (t.name === null || t.close) throw new Error(`unexpected ${t.name ? `</${t.name}>` : `text "${t.text.trim().slice(0, 40)}"`}`);
    switch (t.name) {
      case 'true':
      case 'false':
        if (!t.empty) this.next();
        return t.name === 'true';
      case 'string':
      case 'date':
      case 'data':
        return t.empty ? '' : this.text(t.name);
      case 'integer':
      case 'real': {
        const n = Number(this.text(t.name));
        if (Number.isNaN(n)) throw new Error(`<${t.name}> is not a number`);
        return n;
      }
      case 'array': {
        const items: PlistValue[] = [];
        if (t.empty) return items;
        while (!this.closes('array')) items.push(this.value());
        return items;
      }
      case 'dict': {
        const dict: { [key: string]: PlistValue } = {};
        if (t.empty) return dict;
        while (!this.closes('dict')) {
          const k = this.next();
          if (k.name !== 'key' || k.close) throw new Error('a <dict> entry does not start with <key>');
          dict[k.empty ? '' : this.text('key')] = this.value();
        }
        return dict;
      }
      default:
        throw new Error(`unknown element <${t.name}>`);
    }
  }

  private closes(name: string): boolean {
    const t = this.tokens[this.at];
    if (!t) throw new Error(`<${name}> is not closed`);
    if (t.close && t.name === name) {
      this.at++;
      return true;
    }
    return false;
  }
}

/** Apple's XML property list (`plutil -convert xml1`, `system_profiler -xml`). A cut file is not understood. */
export function parseXmlPlist(text: string): ParseResult<PlistValue> {
  const open = /<plist\b[^>]*>/.exec(text);
  const close = text.lastIndexOf('</plist>');
  if (!open) return notUnderstood('no <plist> element');
  if (close < open.index) return notUnderstood('the property list is cut off (no </plist>)');
  try {
    const reader = new Reader(text.slice(open.index + open[0].length, close));
    const value = reader.value();
    if (!reader.done()) return notUnderstood('more than one value in <plist>');
    return parsed(value);
  } catch (err) {
    return notUnderstood((err as Error).message);
  }
}
