import type { LocalizedText } from '../shared/types';

/**
 * Every sentence the main process shows, in both languages, in one place. botcheck's own lists are
 * "threat data" / 「脅威データ」 everywhere the user reads, as in Settings: never "signatures", which
 * a person would take for the antivirus's pattern files.
 */
export const MESSAGES = {
  historyCorrupt: (files: readonly string[]): LocalizedText => ({
    en: `${files.length === 1 ? 'One saved report' : `${files.length} saved reports`} could not be read and ${files.length === 1 ? 'was' : 'were'} set aside (${files.join(', ')}). The other reports are shown.`,
    ja: `保存されたレポート ${files.length} 件を読み込めなかったため、別名で退避しました (${files.join('、')})。他のレポートは表示しています。`,
  }),
  /** Files that failed to read or to be renamed (locked by a virus scanner, say): left where they are. */
  historyFilesUnreadable: (files: readonly string[]): LocalizedText => ({
    en: `${files.length === 1 ? 'One saved report' : `${files.length} saved reports`} could not be opened and ${files.length === 1 ? 'is' : 'are'} left as ${files.length === 1 ? 'it is' : 'they are'} (${files.join(', ')}); another program may be using ${files.length === 1 ? 'it' : 'them'}. The other reports are shown.`,
    ja: `保存されたレポート ${files.length} 件を開けなかったため、そのままにしています (${files.join('、')})。ほかのプログラムが使用中かもしれません。他のレポートは表示しています。`,
  }),
  historyUnreadable: (error: string): LocalizedText => ({
    en: `The folder of saved reports could not be read (${error}).`,
    ja: `保存したレポートのフォルダーを読み込めませんでした (${error})。`,
  }),
  reportCorrupt: (file: string): LocalizedText => ({
    en: `This saved report could not be read and was set aside as ${file}.`,
    ja: `この保存されたレポートは読み込めなかったため、${file} として退避しました。`,
  }),
  historyNotSaved: (reason: string): LocalizedText => ({
    en: `This scan could not be saved in the scan history (${reason}). The result below is complete; to keep it, export it now.`,
    ja: `この検査結果を履歴に保存できませんでした (${reason})。下の結果はそのまま見られます。残すには今すぐ書き出してください。`,
  }),
  reportMissing: { en: 'This report is no longer saved.', ja: 'このレポートはもう保存されていません。' },
  scanRunning: { en: 'A scan with other answers is still running. Try again when it has finished.', ja: '別の回答での検査がまだ実行中です。終わってからもう一度お試しください。' },
  signaturesUpdated: (version: string): LocalizedText => ({ en: `The threat data was updated to version ${version}.`, ja: `脅威データをバージョン ${version} に更新しました。` }),
  signaturesCurrent: (detail: LocalizedText): LocalizedText => ({ en: `The threat data is already up to date: ${detail.en}`, ja: `脅威データはすでに最新です: ${detail.ja}` }),
  signaturesUpdateFailed: (reason: LocalizedText): LocalizedText => ({ en: `The threat data was not updated: ${reason.en}`, ja: `脅威データは更新されませんでした: ${reason.ja}` }),
  exportTitle: { en: 'Save the report', ja: 'レポートを保存' },
} as const;

export const STALE_SIGNATURES_DAYS = 30;

export const SIGNATURE_NOTES = {
  stale: (days: number): LocalizedText => ({
    en: `The threat data is ${days} days old: update it in Settings with “Update the threat data”.`,
    ja: `脅威データは ${days} 日前のものです。「設定」の「脅威データを更新する」で更新してください。`,
  }),
} as const;
