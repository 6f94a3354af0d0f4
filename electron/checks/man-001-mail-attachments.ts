import { manualCheck } from './manual-question';

export const man001 = manualCheck({
  id: 'MAN-001',
  item: 'b',
  title: { en: 'Unknown mail attachments are not opened', ja: '見知らぬメールの添付ファイルを開かない' },
  rationale: {
    en: 'IPA item (b): bots arrive as attachments that look like invoices, parcels or documents.',
    ja: 'IPA の対策 (b): ボットは請求書や荷物の連絡、文書を装った添付ファイルで届きます。',
  },
  question: {
    text: { en: 'Do you open attachments in mail from senders you do not know, or that you did not expect?', ja: '知らない相手や、心当たりのないメールの添付ファイルを開くことがありますか?' },
    answers: [
      { id: 'never', label: { en: 'Never', ja: '開かない' }, good: true },
      { id: 'sometimes', label: { en: 'Sometimes', ja: 'ときどき開く' }, good: false },
      { id: 'often', label: { en: 'Often', ja: 'よく開く' }, good: false },
    ],
  },
  advice: [
    { en: 'Do not open attachments you did not expect; check with the sender by phone or a known address first.', ja: '心当たりのない添付ファイルは開かず、電話や既知の連絡先で送り主に確認します。' },
    { en: 'Show file extensions so that "invoice.pdf.exe" is visible as a program.', ja: '拡張子を表示して、「invoice.pdf.exe」のような偽装に気付けるようにします。' },
  ],
});
