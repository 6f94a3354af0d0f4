import { describe, expect, it } from 'vitest';
import { emptyDraft, MALWARE_SUGGESTIONS, warningTriggers } from '../../renderer/src/lib/notice-draft';
import { extractNotice, foundNothing } from '../../renderer/src/lib/notice-extract';
import { bestDate, fillDraft } from '../../renderer/src/lib/notice-fill';

/** A Wednesday in late November: dates without a year fall in the past year up to today. */
const NOW = new Date(2026, 10, 25, 12, 0, 0);
const read = (text: string) => extractNotice(text, NOW);
const NO_FLAGS = { attachment: null, toolDownloadLink: null, asksForCredentials: null, asksForMoney: null };

/** The sample lines of shared/notices.md §4 (and the fuller quotes of §1.3), verbatim. */
const SAMPLES = {
  ocnMail: 'お客様がご契約のOCN回線(お客様番号N12345xxxx)でご利用のパソコンやスマホ等がマルウェアに感染した可能性があり、被害防止のため不正な通信を遮断しました。\n不正通信遮断月:1月',
  ocnMyPage: '不正通信遮断日が1月25日の14時39分00秒',
  softbankSms: 'SoftBank 光\nhttp://r.softbank.jp/...\nマルウェアによる不正通信を遮断しました\nURLを確認下さい',
  telekom: 'IP-Adresse: xx.204.161.89 / Zeitpunkt: 02.06.2021 19:22:06 MESZ / Infektion: wannacry',
  virginMedia: '"Dictionary password attack" sent from "IP at 12:00 GMT"',
  comcast: 'Constant Guard from XFINITY identified one or more of your computers may be infected with a bot',
  fakeIctIsac: '【重要】総務省共同プロジェクト インターネットバンキングに係るマルウェアへの感染者に対する注意喚起及び除去ツールの配布について',
  fakeNttCom: '【重要】総務省共同プロジェクト コンピューターウイルスの感染者に対する注意喚起および除去ツールの配布について',
  npaStatement: 'ISPからの連絡では、ID・パスワード等の入力を求めたり、料金を請求したりすることはありません',
};

describe('reading the sample notices of notices.md §4', () => {
  it('OCN mail: a customer number (yes, never the number) and the month only, year assumed', () => {
    const f = read(SAMPLES.ocnMail);
    expect(f.customerNumber).toBe(true);
    expect(JSON.stringify(f)).not.toContain('N12345');
    expect(f.dates).toEqual([{ text: '1月', precision: 'month', value: '2026-01', yearAssumed: true, zone: null, mailSent: false }]);
    expect(f.redFlags).toEqual(NO_FLAGS);
    expect(f.yourAddresses).toEqual([]);
  });

  it('OCN My Page: 「1月25日の14時39分00秒」 to the second, no zone stated', () => {
    expect(read(SAMPLES.ocnMyPage).dates).toEqual([{ text: '1月25日の14時39分00秒', precision: 'full', value: '2026-01-25T14:39:00', yearAssumed: true, zone: null, mailSent: false }]);
    expect(read(SAMPLES.ocnMyPage).zones).toEqual([]);
  });

  it('SoftBank SMS: nothing but the link, shown with where it leads', () => {
    const f = read(SAMPLES.softbankSms);
    expect(f.urls).toEqual([{ url: 'http://r.softbank.jp/', host: 'r.softbank.jp' }]);
    expect(f.dates).toEqual([]);
    expect(f.redFlags).toEqual(NO_FLAGS);
  });

  it('Telekom: the masked address, the time with MESZ, and the family', () => {
    for (const text of [SAMPLES.telekom, SAMPLES.telekom.replaceAll(' / ', '\n')]) {
      const f = read(text);
      expect(f.yourAddresses).toEqual(['xx.204.161.89']);
      expect(f.destinationAddresses).toEqual([]);
      expect(f.dates).toEqual([{ text: '02.06.2021 19:22:06 MESZ', precision: 'full', value: '2021-06-02T19:22:06', yearAssumed: false, zone: 'Europe/Berlin', mailSent: false }]);
      expect(f.zones).toEqual(['Europe/Berlin']);
      expect(f.malware).toEqual(['WannaCry']);
      expect(f.customerNumber).toBe(false);
    }
  });

  it('Virgin Media: the behaviour and GMT, but no date to fill', () => {
    const f = read(SAMPLES.virginMedia);
    expect(f.malware).toEqual(['dictionary password attack']);
    expect(f.zones).toEqual(['UTC']);
    expect(f.dates).toEqual([]);
  });

  it('Comcast: nothing at all, and says so', () => {
    expect(foundNothing(read(SAMPLES.comcast))).toBe(true);
  });

  it('the fake ICT-ISAC and NTT Com mails: a removal tool handed out', () => {
    expect(read(SAMPLES.fakeIctIsac).redFlags).toEqual({ ...NO_FLAGS, toolDownloadLink: 'ツール … 配布' });
    expect(read(SAMPLES.fakeNttCom).redFlags.toolDownloadLink).not.toBeNull();
  });

  it('a genuine "we never ask for passwords or money" is not a request', () => {
    expect(read(SAMPLES.npaStatement).redFlags).toEqual(NO_FLAGS);
    expect(read('Xfinity will never ask for your password by email.').redFlags).toEqual(NO_FLAGS);
  });
});

describe('dates and time zones', () => {
  const one = (text: string) => {
    const dates = read(text).dates;
    expect(dates).toHaveLength(1);
    return dates[0]!;
  };

  it.each([
    ['2026/11/20', 'date', '2026-11-20'],
    ['2026-11-20', 'date', '2026-11-20'],
    ['2026年11月20日', 'date', '2026-11-20'],
    ['２０２６年１１月２０日', 'date', '2026-11-20'],
    ['2026年1月5日(月) 9:05', 'full', '2026-01-05T09:05'],
    ['2026/11/20 14:39:00', 'full', '2026-11-20T14:39:00'],
    ['2026-11-20T14:39:00Z', 'full', '2026-11-20T14:39:00'],
    ['2026年11月20日 午後2時39分', 'full', '2026-11-20T14:39'],
    ['2026年11月20日14時', 'full', '2026-11-20T14:00'],
    ['20.11.2026 um 08:15 Uhr', 'full', '2026-11-20T08:15'],
    ['June 2, 2021 at 7:22 PM', 'full', '2021-06-02T19:22'],
    ['3 March 2025', 'date', '2025-03-03'],
    ['2026年10月', 'month', '2026-10'],
    ['不正通信遮断月:12月', 'month', '2025-12'],
    ['11月20日', 'date', '2026-11-20'],
    ['11月26日', 'date', '2025-11-26'],
  ] as const)('%s → %s %s', (text, precision, value) => {
    expect(one(text)).toMatchObject({ precision, value });
  });

  it('marks a year it had to assume, and never one it read', () => {
    expect(one('12月3日').yearAssumed).toBe(true);
    expect(one('2025年12月3日').yearAssumed).toBe(false);
  });

  it('keeps the date when what follows is not a time, and drops impossible dates', () => {
    expect(one('2026/02/28 25:99')).toMatchObject({ precision: 'date', value: '2026-02-28', text: '2026/02/28' });
    expect(read('2026/02/30 and 2026/13/01').dates).toEqual([]);
  });

  it('leaves slashed day/month dates alone: which is which cannot be told', () => {
    expect(read('01/02/2021').dates).toEqual([]);
  });

  it('reads the zone after a time, and every zone token in the text', () => {
    expect(one('2026/11/20 14:39 JST').zone).toBe('Asia/Tokyo');
    expect(one('2026/11/20 14:39 (日本時間)').zone).toBe('Asia/Tokyo');
    expect(one('2026-11-20T14:39:00+09:00').zone).toBe('Asia/Tokyo');
    expect(one('20.01.2026 10:00 MEZ').zone).toBe('Europe/Berlin');
    expect(one('2026/11/20 05:39 UTC').zone).toBe('UTC');
    expect(read('JST, GMT, CET, CEST and UTC+9').zones).toEqual(['Asia/Tokyo', 'UTC', 'Europe/Berlin']);
    expect(read('CETUS JSTOR').zones).toEqual([]);
  });
});

describe('addresses, ports and names', () => {
  it('tells the customer\'s address from a labelled destination, with its port', () => {
    const f = read('Your IP address 198.51.100.7 connected to the server 203.0.113.5:6667.');
    expect(f.yourAddresses).toEqual(['198.51.100.7']);
    expect(f.destinationAddresses).toEqual(['203.0.113.5']);
    expect(f.ports).toEqual([6667]);
  });

  it('reads IPv6, bracketed or bare, and masked IPv4 with x or *', () => {
    const f = read('接続先: [2001:db8::25]:443\nお客様のIP: ***.12.34.56 / 2001:db8:0:0:1:2:3:4');
    expect(f.destinationAddresses).toEqual(['2001:db8::25']);
    expect(f.ports).toEqual([443]);
    expect(f.yourAddresses).toEqual(['***.12.34.56', '2001:db8:0:0:1:2:3:4']);
  });

  it('reads "port 6667", 「ポート 6667」, 「6667番ポート」 and Destination-Port, never a source port', () => {
    expect(read('port 6667').ports).toEqual([6667]);
    expect(read('宛先ポート 6667').ports).toEqual([6667]);
    expect(read('ポート番号:8080').ports).toEqual([8080]);
    expect(read('23番ポート').ports).toEqual([23]);
    expect(read('Destination-Port: 6667\nSource-Port: 51234').ports).toEqual([6667]);
    expect(read('port 70000').ports).toEqual([]);
  });

  it('does not take times, versions, MAC addresses, phone numbers or "report 2021" for addresses or ports', () => {
    const f = read('19:22:06, Windows 10.0.19045.1234, Server version 2.0.1.5, agent v 1.2.3.4, build 4.3.2.1, バージョン番号: 3.1.0.2, MAC 00:1a:2b:3c:4d:5e, サポートセンター 0120-769-318, Report 2021');
    expect(f.yourAddresses).toEqual([]);
    expect(f.destinationAddresses).toEqual([]);
    expect(f.ports).toEqual([]);
  });

  it('knows every name the form suggests, and common families whatever their case', () => {
    for (const name of MALWARE_SUGGESTIONS) expect(read(`detected: ${name.toUpperCase()}`).malware).toEqual([name]);
    expect(read('Emotetに感染、qbot と Mirai-variant').malware).toEqual(['Emotet', 'Mirai', 'Qakbot']);
    expect(read('エモテット').malware).toEqual(['Emotet']);
    expect(read('Miraikan museum').malware).toEqual([]);
  });

  it('says whether a customer or contract number is there, in Japanese, German and English', () => {
    for (const text of ['お客さま番号: A-1', 'Kundennummer 123', 'Your customer number is 42', 'ご契約番号']) expect(read(text).customerNumber).toBe(true);
    expect(read('お客様へ').customerNumber).toBe(false);
  });
});

describe('signs of a fake notice', () => {
  it('finds attachments, tool downloads, requests for passwords and money, with the words that showed them', () => {
    const f = read('添付ファイルをご確認ください。下記URLからIDとパスワードを入力してください。本日中に5,000円をお振込みください。https://evil.example.com/tool.exe');
    expect(f.redFlags).toEqual({ attachment: '添付', toolDownloadLink: 'https://evil.example.com/tool.exe', asksForCredentials: 'パスワード … 入力', asksForMoney: '5,000円' });
    expect(f.urls).toEqual([{ url: 'https://evil.example.com/tool.exe', host: 'evil.example.com' }]);
  });

  it('reads a threat as a request even with a "not" in it', () => {
    expect(read('If you do not pay the fee today, your line will be cut.').redFlags.asksForMoney).toBe('pay');
    expect(read('Please download the removal tool from our partner site.').redFlags.toolDownloadLink).toBe('tool … download');
  });

  it('does not raise a flag for advice genuine notices give', () => {
    expect(read('ルーターのパスワードを変更し、ファームウェアを更新してください。').redFlags).toEqual(NO_FLAGS);
    expect(read('セキュリティソフトをインストールして最新の状態にしてください。').redFlags).toEqual(NO_FLAGS);
    expect(read('添付ファイルは開かないでください。').redFlags).toEqual(NO_FLAGS);
    expect(read('The tool is free of charge.').redFlags).toEqual(NO_FLAGS);
  });
});

describe('what genuine notices also say', () => {
  it('takes 「料金は不要です」 and "no payment is required" as statements, not requests', () => {
    expect(read('本サービスの料金は不要です。').redFlags.asksForMoney).toBeNull();
    expect(read('No payment is required.').redFlags.asksForMoney).toBeNull();
  });

  it("never takes the customer's own source port for the destination's", () => {
    expect(read('送信元ポート番号: 50123 宛先ポート番号: 445').ports).toEqual([445]);
  });

  it('takes an address followed by 「への通信」 or 「宛」 for the destination, not for the customer\'s own', () => {
    expect(read('お客さまの回線から 203.0.113.5 への通信を遮断しました。')).toMatchObject({ destinationAddresses: ['203.0.113.5'], yourAddresses: [] });
    expect(read('198.51.100.7 宛の通信が確認されました')).toMatchObject({ destinationAddresses: ['198.51.100.7'], yourAddresses: [] });
  });

  it('reads a time zone offset written after a space, as mail Date: lines do', () => {
    expect(read('2026-01-25 05:39:06 +0000').dates[0]).toMatchObject({ value: '2026-01-25T05:39:06', zone: 'UTC' });
  });

  it('trims the end of a link quickly, even after a long run of dots', () => {
    const started = performance.now();
    const found = read(`http://a${'.'.repeat(20_000)}x`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(found.urls.length).toBe(1);
  });
});

describe('filling the form', () => {
  it('puts what was found into the draft and keeps what was not', () => {
    const draft = { ...emptyDraft(), senderPick: 'overseas', protocol: 'tcp', redFlags: { ...emptyDraft().redFlags, asksForMoney: true } };
    const filled = fillDraft(draft, read(`${SAMPLES.telekom}\nKundennummer: 1\nZiel: 203.0.113.5 port 6667\nBitte öffnen Sie den Anhang.`));
    expect(filled).toEqual({
      ...draft,
      precision: 'full',
      when: '2021-06-02T19:22:06',
      timeZone: 'Europe/Berlin',
      reportedAddress: 'xx.204.161.89',
      destAddress: '203.0.113.5',
      destPort: '6667',
      malware: 'WannaCry',
      hasCustomerNumber: 'yes',
    });
    // The attachment was found and is shown, but only the user ticks it.
    expect(read('Bitte öffnen Sie den Anhang.').redFlags.attachment).toBe('Anhang');
  });

  it("never takes a pasted mail's own Date: or 送信日時 for the time of the traffic, but shows it", () => {
    const mail = 'From: abuse@isp.example\nDate: Tue, 24 Nov 2026 10:12:33 +0900\nSubject: ご連絡\n\n2026年11月20日 03時15分頃、通信を検知しました。';
    const f = read(mail);
    expect(f.dates.map((d) => [d.value, d.mailSent])).toEqual([
      ['2026-11-24T10:12:33', true],
      ['2026-11-20T03:15', false],
    ]);
    expect(bestDate(f.dates)?.value).toBe('2026-11-20T03:15');
    expect(bestDate(read('> 差出人: abuse@isp.example\n> 送信日時: 2026年11月24日 10:12\n> 件名: ご連絡\n\n11月20日に検知').dates)?.value).toMatch(/-11-20$/);
    expect(bestDate(read('From: abuse@isp.example\nSent: 24 November 2026 10:12\nSubject: notice\n').dates), 'only the mail date: nothing to fill').toBeNull();
    const german = read('Von: abuse@telekom.de\nGesendet: Dienstag, 24. November 2026 10:12\nBetreff: Hinweis\n');
    expect(german.dates.map((d) => d.mailSent)).toEqual([true]);
    const folded = read('From: abuse@isp.example\nDate:\n  Tue, 24 Nov 2026 10:12:33 +0900\nSubject: notice\n\n2026-11-20');
    expect(bestDate(folded.dates)?.value, 'a date on the header\'s continuation line').toBe('2026-11-20');
  });

  it('takes 送信日時 or Date: in the body of a notice for the time of the traffic (spam reports, X-ARF)', () => {
    const spam = read('迷惑メール送信のお知らせ\n送信元IPアドレス：198.51.100.7\n送信日時：2026年1月25日 14時39分\n\n2026年1月27日\nサポートセンター');
    expect(bestDate(spam.dates)?.value).toBe('2026-01-25T14:39');
    const xarf = read('From: abuse@isp.example\nSubject: abuse report\n\nReported-From: abuse@isp.example\nCategory: abuse\nSource: 198.51.100.7\nDate: 2026-11-20 03:15:00 +0000\n');
    expect(bestDate(xarf.dates)).toMatchObject({ value: '2026-11-20T03:15:00', zone: 'UTC' });
  });

  it("does not take the zone of a pasted mail's header for the time in its body", () => {
    const f = read('From: abuse@isp.example\nDate: Tue, 24 Nov 2026 01:12:33 +0000 (UTC)\nSubject: notice\n\n2026年11月20日 03時15分頃、通信を検知しました。');
    expect(f.zones).toEqual([]);
    expect(fillDraft({ ...emptyDraft(), timeZone: 'Asia/Tokyo' }, f)).toMatchObject({ when: '2026-11-20T03:15', timeZone: 'Asia/Tokyo' });
  });

  it('takes the most exact date, the first of equals, and the zone of the text when the date has none', () => {
    const f = read('2026年1月\n2026/01/20\n2026/01/25 14:39\n2026/01/26 10:00\nJST');
    expect(bestDate(f.dates)?.value).toBe('2026-01-25T14:39');
    expect(fillDraft({ ...emptyDraft(), timeZone: 'UTC' }, f)).toMatchObject({ precision: 'full', when: '2026-01-25T14:39', timeZone: 'Asia/Tokyo' });
  });

  it('changes nothing when nothing was found', () => {
    const draft = { ...emptyDraft(), malware: 'typed by hand' };
    expect(fillDraft(draft, read(SAMPLES.comcast))).toEqual(draft);
  });
});

describe('what raises the phishing warning', () => {
  it('a phone call or a browser pop-up, then each red flag, in that order', () => {
    expect(warningTriggers(emptyDraft())).toEqual([]);
    expect(warningTriggers({ ...emptyDraft(), channel: 'phone' })).toEqual(['phone']);
    expect(warningTriggers({ ...emptyDraft(), channel: 'popup', redFlags: { attachment: true, toolDownloadLink: false, asksForCredentials: false, asksForMoney: true } })).toEqual(['popup', 'attachment', 'asksForMoney']);
    expect(warningTriggers({ ...emptyDraft(), channel: 'email' })).toEqual([]);
  });
});
