import { manualCheck } from './manual-question';

export const man002 = manualCheck({
  id: 'MAN-002',
  item: 'c',
  title: { en: 'Suspicious web sites are avoided', ja: '不審なウェブサイトを閲覧しない' },
  rationale: {
    en: 'IPA item (c): many bots now infect PCs through web pages that carry them, without any visible sign.',
    ja: 'IPA の対策 (c): 最近のボットは、埋め込まれたウェブページを見ただけで、気付かないうちに感染します。',
  },
  question: {
    text: { en: 'Do you visit sites you do not know well, or continue when the browser or antivirus warns about a site?', ja: 'よく知らないサイトを見たり、ブラウザーやウイルス対策ソフトの警告が出ても閲覧を続けたりしますか?' },
    answers: [
      { id: 'never', label: { en: 'No, I stop at warnings', ja: 'いいえ、警告が出たらやめる' }, good: true },
      { id: 'sometimes', label: { en: 'Sometimes', ja: 'ときどき' }, good: false },
      { id: 'often', label: { en: 'Often', ja: 'よくある' }, good: false },
    ],
  },
  advice: [
    { en: 'Stop when the browser or antivirus warns about a site, and do not install software a site pushes on you.', ja: 'ブラウザーやウイルス対策ソフトが警告したら閲覧をやめ、サイトが勧めるソフトは入れません。' },
  ],
});
