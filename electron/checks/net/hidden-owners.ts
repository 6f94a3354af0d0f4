/** Why a clean-looking result is still not a pass when the OS hid other users' programs. */
export const hiddenOwnersReason = {
  kind: 'permission' as const,
  text: {
    en: 'Some programs and their files are hidden without administrator rights; run the check as administrator (sudo) for a full answer.',
    ja: '管理者権限がないと一部のプログラムとそのファイルが見えません。完全な結果には管理者として (sudo で) 実行してください。',
  },
};
