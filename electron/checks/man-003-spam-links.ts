import { manualCheck } from './manual-question';

export const man003 = manualCheck({
  id: 'MAN-003',
  item: 'e',
  title: { en: 'Links in spam are not clicked', ja: '迷惑メールのリンクをクリックしない' },
  rationale: {
    en: 'IPA item (e): links in spam lead to pages that install bots; the safest is to delete spam unread.',
    ja: 'IPA の対策 (e): 迷惑メールのリンク先はボットを仕込むページです。読まずに削除するのが最も安全です。',
  },
  question: {
    text: { en: 'Do you click links in spam or in unexpected mail (parcel notices, account warnings)?', ja: '迷惑メールや心当たりのないメール (宅配の不在通知、アカウントの警告など) のリンクをクリックすることがありますか?' },
    answers: [
      { id: 'never', label: { en: 'Never', ja: 'クリックしない' }, good: true },
      { id: 'sometimes', label: { en: 'Sometimes', ja: 'ときどきクリックする' }, good: false },
      { id: 'often', label: { en: 'Often', ja: 'よくクリックする' }, good: false },
    ],
  },
  advice: [
    { en: 'Delete spam without opening links; reach the service through its own app or a bookmark instead.', ja: '迷惑メールはリンクを開かずに削除し、サービスには公式アプリやブックマークからアクセスします。' },
  ],
});
