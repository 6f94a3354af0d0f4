import type { NoticeInput } from '../../../electron/shared/ipc';

export type RedFlag = keyof NoticeInput['redFlags'];

/** For each sign of a fake notice, the words that showed it, or null. */
export type FoundFlags = Record<RedFlag, string | null>;

export interface FoundUrl {
  url: string;
  /** Where it really leads: look-alike names hide in long links. */
  host: string | null;
}

const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"'「」『』()[\]{}|\\^`]+/gi;
const DOWNLOAD_FILE = /\.(?:exe|scr|msi|zip|rar|7z|bat|cmd|js|vbs|apk|dmg|pkg|iso|img|lnk)$/i;

const ATTACHMENT = /添付|attach(?:ed|ment)|anhang|angehängt|beigefügt/i;
const TOOL = /ツール|ソフト(?!バンク)|クリーナー|アプリ|cleaner|\btools?\b|scanner|software|\bprogram/i;
const DOWNLOAD = /ダウンロード|配布|download|herunterlad/i;
const CREDENTIAL = /パスワード|暗証番号|ログイン情報|password|passwort|kennwort|credentials|zugangsdaten/i;
const CREDENTIAL_CASED = /(?<![A-Za-z])(?:ID|PIN)(?![A-Za-z])/;
const ASK = /入力|記入|教え|お知らせ(?:ください|下さい)|送信|返信|enter|confirm|verify|provide|send|reply|submit|eingeben|bestätigen|angeben|mitteilen|senden|übermitteln/i;
const MONEY = /料金|振込|振り込|支払|請求|代金|手数料|ギフト(?:カード|券)|電子マネー|プリペイド|仮想通貨|ビットコイン|\d[\d,]{0,12}\s{0,2}円|クレジットカード|カード番号|payment|\bpay\b|\bfees?\b|(?<!free of |in )\bcharges?\b|gift ?cards?|bitcoin|\bbtc\b|credit card|card number|[$€£]\s?\d|\d\s?(?:€|eur|usd|jpy)\b|zahlung|gebühr|überweis|kreditkarte/i;

/**
 * Genuine notices say what they never do (「ID・パスワード等の入力を求めたり、料金を請求したりすることは
 * ありません」, NPA): such a sentence is not a request. A threat ("if you do not pay…") still is.
 */
const NEVER_JA = /(?:不要|無料)(?:です|でございます)?(?:[。、]|$)|ことは(?:一切|決して)?(?:あり|ござい)ません|(?:必要|心配)は(?:あり|ござい)ません|(?:いたし|し|求め|行い|送り|お願いし|請求し)(?:ており)?ません|かかりません|ないで(?:ください|下さい)/;
const NEVER_OTHER = /\b(?:never|not|no|don't|doesn't|won't|cannot|free of charge|nie|niemals|nicht|keine?[nm]?)\b/i;
const CONDITION = /\b(?:if|unless|otherwise|wenn|falls|sonst)\b/i;

const says = (sentence: string): boolean => !NEVER_JA.test(sentence) && !(NEVER_OTHER.test(sentence) && !CONDITION.test(sentence));

function sentences(text: string): string[] {
  return text.split(/[。!?\n]|\.(?=\s|$)/).map((s) => s.trim()).filter(Boolean);
}

/** The words that showed the sign in the first sentence that shows it. */
function firstShown(list: string[], show: (sentence: string) => string | null): string | null {
  for (const sentence of list) {
    const words = says(sentence) ? show(sentence) : null;
    if (words) return words;
  }
  return null;
}

const word = (re: RegExp) => (s: string): string | null => re.exec(s)?.[0] ?? null;
const allOf = (...shows: ((s: string) => string | null)[]) => (s: string): string | null => {
  const words = shows.map((show) => show(s));
  return words.every(Boolean) ? words.join(' … ') : null;
};
const anyOf = (...shows: ((s: string) => string | null)[]) => (s: string): string | null => shows.map((show) => show(s)).find(Boolean) ?? null;

/** A loop, not /[.,;:!?、。]+$/: that pattern backtracks quadratically over a long run of dots. */
function trimTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?、。'.includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

export function findUrls(text: string): FoundUrl[] {
  const urls = [...new Set([...text.matchAll(URL_PATTERN)].map((m) => trimTrailingPunctuation(m[0])))];
  return urls.map((url) => {
    try {
      return { url, host: new URL(/^www\./i.test(url) ? `http://${url}` : url).hostname };
    } catch {
      return { url, host: null };
    }
  });
}

export function findRedFlags(text: string, urls: readonly FoundUrl[]): FoundFlags {
  const list = sentences(text);
  const fileLink = urls.find((u) => DOWNLOAD_FILE.test(u.url.replace(/[?#].*$/, '')));
  return {
    attachment: firstShown(list, word(ATTACHMENT)),
    toolDownloadLink: fileLink?.url ?? firstShown(list, allOf(word(TOOL), word(DOWNLOAD))),
    asksForCredentials: firstShown(list, allOf(anyOf(word(CREDENTIAL), word(CREDENTIAL_CASED)), word(ASK))),
    asksForMoney: firstShown(list, word(MONEY)),
  };
}
