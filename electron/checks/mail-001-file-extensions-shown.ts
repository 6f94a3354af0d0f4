import { defineCheck, need, unknownVerdict } from './check';
import { readingsOf, readingsSuffix } from './setting-readings';

export const mail001 = defineCheck({
  id: 'MAIL-001',
  item: 'b',
  headline: 'protection',
  severity: 'medium',
  title: { en: 'File extensions are shown', ja: 'ファイルの拡張子が表示される' },
  rationale: {
    en: 'IPA item (b): bots arrive as mail attachments named like "invoice.pdf.exe". With extensions hidden, Explorer shows that program as "invoice.pdf".',
    ja: 'IPA の対策 (b): ボットは「請求書.pdf.exe」のような名前の添付ファイルで届きます。拡張子が非表示だと、エクスプローラーはこのプログラムを「請求書.pdf」と表示します。',
  },
  remediation: {
    win32: [
      { en: 'Windows 11: open File Explorer → View → Show → File name extensions.', ja: 'Windows 11: エクスプローラーを開き、「表示」→「表示」→「ファイル名拡張子」をオンにします。' },
      { en: 'Windows 10: open File Explorer → View and tick "File name extensions".', ja: 'Windows 10: エクスプローラーの「表示」タブで「ファイル名拡張子」にチェックを入れます。' },
      { en: 'Do not open an attachment whose name ends in .exe, .scr, .js, .vbs, .lnk or .iso.', ja: '名前が .exe、.scr、.js、.vbs、.lnk、.iso で終わる添付ファイルは開かないでください。' },
    ],
  },
  platforms: ['win32'],
  needs: ['securitySettings'],
  evaluate(facts) {
    const settings = need(facts, 'securitySettings');
    if (!settings.ok) return unknownVerdict(settings);
    const { fileExtensionsHidden, detail } = settings.value;
    const read = readingsSuffix(readingsOf(detail, 'fileExtensions'));
    if (fileExtensionsHidden === null) {
      const text = { en: `The Explorer setting for file extensions could not be read${read.en}.`, ja: `エクスプローラーの拡張子の設定を読み取れませんでした${read.ja}。` };
      return { status: 'unknown', message: text, evidence: [{ text }], reason: { kind: 'failed', text } };
    }
    if (fileExtensionsHidden) {
      return {
        status: 'warn',
        message: { en: 'Explorer hides file extensions: a program disguised as a document looks like one.', ja: 'エクスプローラーが拡張子を隠しているため、文書を装ったプログラムを見分けられません。' },
        evidence: [{ text: { en: `Known file extensions are hidden${read.en}`, ja: `既知のファイルの拡張子が非表示です${read.ja}` }, data: { fileExtensionsHidden: true } }],
      };
    }
    return {
      status: 'pass',
      message: { en: 'Explorer shows file extensions.', ja: 'エクスプローラーは拡張子を表示しています。' },
      evidence: [{ text: { en: `File extensions are shown${read.en}`, ja: `拡張子は表示されています${read.ja}` }, data: { fileExtensionsHidden: false } }],
    };
  },
});
