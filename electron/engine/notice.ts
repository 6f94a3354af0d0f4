import type { NoticeInput, NoticeResult } from '../shared/ipc';
import type { LocalizedText, Report, ReportConnection } from '../shared/types';
import { connectionsProblem } from '../shared/connections-problem';

/**
 * The "I received a notice" path: what the notice states, set against a scan of this PC. Most
 * notices state almost nothing (shared/notices.md), so every field may be null and the explanation
 * still says something useful. Pure: the scan has already run.
 */

const SAME_ADDRESS = (a: string, b: string): boolean => a.replace(/^::ffff:/i, '').toLowerCase() === b.replace(/^::ffff:/i, '').toLowerCase();

/** Senders that never write to infected users themselves (ICT-ISAC's and NTT Com's statements, 2016). */
const NEVER_WRITES_DIRECTLY = /総務省|ict-isac|telecom-isac|ministry of internal affairs|\bmic\b/i;

function phishingReasons(notice: NoticeInput): LocalizedText[] {
  const reasons: LocalizedText[] = [];
  if (notice.redFlags.attachment) reasons.push({ en: 'It came with an attached file: real ISP notices do not attach programs or documents to open.', ja: 'ファイルが添付されていました。本物のプロバイダーの通知は、開かせるファイルを添付しません。' });
  if (notice.redFlags.toolDownloadLink) reasons.push({ en: 'It links to a "removal tool" download: real notices send you to the ISP\'s own page or to official tools, never to a download in the mail.', ja: '「駆除ツール」のダウンロードへのリンクがありました。本物の通知はプロバイダー自身のページや公式ツールを案内し、メール内のダウンロードには誘導しません。' });
  if (notice.redFlags.asksForCredentials) reasons.push({ en: 'It asks for an ID or password: ISPs and the police never ask for these in a notice.', ja: 'ID やパスワードの入力を求めていました。プロバイダーや警察が通知でこれを求めることはありません。' });
  if (notice.redFlags.asksForMoney) reasons.push({ en: 'It asks for money: notices about infections never charge.', ja: '料金を請求していました。感染の通知でお金を求めることはありません。' });
  if (notice.channel === 'popup') reasons.push({ en: 'It came as a pop-up in the web browser: a pop-up saying the PC is infected, with a number to call or a program to install, is a known support scam. Providers in Japan send these notices by e-mail, SMS, post or on their member page.', ja: 'ブラウザーのポップアップで表示されました。感染していると表示して電話やソフトのインストールを促すのは、サポート詐欺の手口です。日本のプロバイダーは、この種の通知をメール・SMS・郵便・会員ページで届けます。' });
  if (notice.channel === 'phone') reasons.push({ en: 'It came as a phone call: support scams work this way. Hang up and call your ISP on the number in your contract.', ja: '電話で来ました。サポート詐欺の手口です。電話を切り、契約書にあるプロバイダーの番号にかけ直してください。' });
  if (notice.sender && NEVER_WRITES_DIRECTLY.test(notice.sender)) reasons.push({ en: 'It claims to come from the ministry or ICT-ISAC directly: they state that they never contact infected users themselves; notices come from your ISP.', ja: '総務省や ICT-ISAC から直接届いたとしています。これらの機関は利用者に直接連絡しないと公表しており、通知はプロバイダーから届きます。' });
  return reasons;
}

function destinationMatches(notice: NoticeInput, connections: readonly ReportConnection[]): ReportConnection[] {
  const { address, port } = notice.destination;
  if (!address && port === null) return [];
  return connections.filter((c) => c.remoteAddress !== '' && (!address || SAME_ADDRESS(c.remoteAddress, address)) && (port === null || c.remotePort === port));
}

function processMatches(notice: NoticeInput, report: Report): NoticeResult['processMatches'] {
  const out: NoticeResult['processMatches'] = [];
  const name = notice.malware?.trim().toLowerCase();
  if (name && name.length >= 3) {
    for (const c of report.connections ?? []) {
      if (c.process && c.process.toLowerCase().includes(name) && !out.some((o) => o.pid === c.pid)) {
        out.push({ pid: c.pid, name: c.process, path: c.path, why: { en: `Its name contains "${notice.malware}", the name in the notice.`, ja: `名前に通知にある「${notice.malware}」が含まれています。` } });
      }
    }
  }
  for (const check of report.checks.filter((c) => c.id === 'NET-004' && c.status === 'fail')) {
    for (const e of check.evidence) {
      const pid = typeof e.data?.pid === 'number' ? e.data.pid : null;
      if (e.data && !out.some((o) => o.pid === pid)) out.push({ pid, name: String(e.data.name ?? ''), path: typeof e.data.exe === 'string' ? e.data.exe : null, why: e.text });
    }
  }
  return out;
}

export function evaluateNotice(notice: NoticeInput, report: Report): Omit<NoticeResult, 'report' | 'saved'> {
  const phishing = phishingReasons(notice);
  const matches = destinationMatches(notice, report.connections ?? []);
  const processes = processMatches(notice, report);
  const unreadable = connectionsProblem(report);
  const explanation: LocalizedText[] = [];
  if (phishing.length > 0) {
    explanation.push({ en: 'This notice may itself be a fake. Do not open its links or attachments; check with your ISP through its own website or the number in your contract.', ja: 'この通知自体が偽物の可能性があります。通知のリンクや添付ファイルは開かず、プロバイダーの公式サイトや契約書の番号で確認してください。' });
  }
  if (notice.kind === 'weak-password-device' || notice.kind === 'iot-infected') {
    explanation.push({ en: 'This kind of notice is about a device on your line such as a router, camera or recorder, not necessarily this PC: change its password, update its firmware and restart it.', ja: 'この種類の通知は、ルーターやカメラ、録画機など回線につながる機器についてのもので、この PC とは限りません。機器のパスワードを変え、ファームウェアを更新し、再起動してください。' });
  }
  const stated = notice.observedAt || notice.destination.address || notice.destination.port !== null || notice.destination.domain || notice.malware;
  if (!stated) {
    explanation.push({ en: 'Your notice gives no time, address or malware name. That is normal: most do not. The check of this PC below still tells you what it can.', ja: '通知には日時・接続先・ウイルス名が書かれていません。多くの通知がそうです。それでも、下のこの PC の検査でわかることをお伝えします。' });
  }
  if (notice.observedAt) {
    explanation.push({ en: `The notice concerns traffic seen at ${notice.observedAt}${notice.timeZone ? ` (${notice.timeZone})` : ' (time zone not stated)'}. Connections are checked as they are now: a bot may have stopped or moved since.`, ja: `通知は ${notice.observedAt}${notice.timeZone ? ` (${notice.timeZone})` : ' (時間帯の記載なし)'} の通信についてです。接続は今の状態を調べます。ボットはその後止まったり、接続先を変えたりしていることがあります。` });
  }
  if (notice.destination.address || notice.destination.port !== null) {
    const { address, port } = notice.destination;
    const where = { en: [address, port !== null ? `port ${port}` : null].filter(Boolean).join(' '), ja: address && port !== null ? `${address} のポート ${port}` : (address ?? `ポート ${port}`) };
    explanation.push(unreadable
      ? { en: `The list of this PC's connections could not be read (${unreadable.en}), so whether it is talking to ${where.en} cannot be told. That is unknown, not a sign that the PC is clean.`, ja: `この PC の通信の一覧を読み取れなかったため (${unreadable.ja})、${where.ja} と通信しているかどうかはわかりません。これは「わからない」という意味で、安全だという意味ではありません。` }
      : matches.length > 0
        ? { en: `This PC is connected to ${where.en} right now (${matches.map((m) => m.process ?? '?').join(', ')}): that is the traffic the notice describes. Disconnect from the network and follow the cleanup guide.`, ja: `この PC は今 ${where.ja} に接続しています (${matches.map((m) => m.process ?? '?').join('、')})。通知にある通信です。ネットワークから切り離し、駆除ガイドに従ってください。` }
        : { en: `No connection to ${where.en} is open now. That does not clear the PC: the notice is about the past, and bots change servers.`, ja: `今 ${where.ja} への接続はありません。ただし通知は過去の通信についてのもので、ボットは接続先を変えるため、安全とは言い切れません。` });
  }
  if (notice.malware && unreadable) {
    explanation.push({ en: `The list of this PC's connections could not be read (${unreadable.en}), so the names of programs that use the network could not be compared with "${notice.malware}".`, ja: `この PC の通信の一覧を読み取れなかったため (${unreadable.ja})、通信しているプログラムの名前を「${notice.malware}」と照らし合わせられませんでした。` });
  }
  if (notice.destination.domain) {
    explanation.push({ en: `botcheck sees addresses, not names: whether ${notice.destination.domain} is among them cannot be told from this PC's connections.`, ja: `botcheck が見られるのは接続先のアドレスで、名前ではありません。${notice.destination.domain} への接続かどうかは、この PC の接続からは判断できません。` });
  }
  const infection = report.headlines.infection;
  explanation.push(infection.status === 'fail'
    ? { en: 'The check of this PC found signs of a bot (see the results). Follow the cleanup guide now.', ja: 'この PC の検査でボット感染の兆候が見つかりました (結果を参照)。今すぐ駆除ガイドに従ってください。' }
    : infection.status === 'pass'
      ? { en: 'The check of this PC found no sign of a bot now. Another device on your line may be the source: phones, tablets, game consoles, routers. Run the official removal tools anyway, and check the other devices.', ja: 'この PC の検査では、今のところボット感染の兆候は見つかりませんでした。回線につながる他の機器 (スマートフォン、タブレット、ゲーム機、ルーター) が原因の可能性もあります。念のため公式の駆除ツールを実行し、他の機器も確認してください。' }
      : { en: 'The check of this PC could not see everything (see the results): run it as administrator for a full answer, and run the official removal tools anyway.', ja: 'この PC の検査ではすべてを確認できませんでした (結果を参照)。管理者として実行するとより正確にわかります。念のため公式の駆除ツールも実行してください。' });
  return { notice, phishing: { suspected: phishing.length > 0, reasons: phishing }, destinationMatches: matches, processMatches: processes, explanation };
}
