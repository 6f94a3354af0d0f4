import { defineCheck, need, unknownVerdict } from './check';

export const av001 = defineCheck({
  id: 'AV-001',
  item: 'a',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Antivirus installed and on', ja: 'ウイルス対策ソフトが導入され、有効になっている' },
  rationale: {
    en: 'IPA item (a): antivirus and anti-spyware software catch bots arriving by mail, web pages and downloads.',
    ja: 'IPA の対策 (a): ウイルス対策・スパイウェア対策ソフトは、メールやウェブ、ダウンロードから入り込むボットを防ぎます。',
  },
  remediation: {
    linux: [
      { en: 'Install ClamAV: sudo apt install clamav clamav-daemon (or dnf install clamav clamd).', ja: 'ClamAV を導入します: sudo apt install clamav clamav-daemon (または dnf install clamav clamd)。' },
      { en: 'Keep its database updated with the clamav-freshclam service, and scan your home folder: clamscan -ri ~', ja: 'clamav-freshclam サービスでデータベースを更新し、ホームフォルダーを検査します: clamscan -ri ~' },
      { en: 'For scanning on access, enable clamonacc (clamav-daemon) as its documentation describes.', ja: 'ファイルを開くたびに検査するには、説明書に従って clamonacc (clamav-daemon) を有効にします。' },
    ],
    win32: [
      { en: 'Open Windows Security → Virus & threat protection and turn Real-time protection on.', ja: '「Windows セキュリティ」→「ウイルスと脅威の防止」を開き、リアルタイム保護をオンにします。' },
      { en: 'If you use another antivirus product, open it and make sure protection is on and its licence is valid.', ja: '他社のウイルス対策ソフトを使っている場合は、そのソフトを開き、保護がオンで契約が有効か確認します。' },
    ],
    darwin: [
      { en: 'Keep "Install Security Responses and system files" on in System Settings → General → Software Update → Automatic Updates (XProtect).', ja: '「システム設定」→「一般」→「ソフトウェアアップデート」→「自動アップデート」で「セキュリティ対応とシステムファイルをインストール」をオンにします (XProtect)。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['antivirus'],
  evaluate(facts) {
    const av = need(facts, 'antivirus');
    if (!av.ok) return unknownVerdict(av);
    const installed = av.value.products.filter((p) => p.installed);
    if (installed.length === 0) {
      return {
        status: 'warn',
        message: { en: 'No antivirus software was found.', ja: 'ウイルス対策ソフトが見つかりませんでした。' },
        evidence: [{ text: { en: 'No known antivirus product is installed.', ja: '既知のウイルス対策ソフトは導入されていません。' } }],
      };
    }
    const on = installed.filter((p) => p.enabled !== false && p.realTime === true);
    const evidence = installed.map((p) => ({
      text: {
        en: `${p.name}: ${p.enabled === false ? 'off' : 'on'}, real-time protection ${p.realTime === null ? 'not reported' : p.realTime ? 'on' : 'off'}`,
        ja: `${p.name}: ${p.enabled === false ? '無効' : '有効'}、リアルタイム保護 ${p.realTime === null ? '不明' : p.realTime ? 'オン' : 'オフ'}`,
      },
      data: { product: p.name, enabled: p.enabled, realTime: p.realTime },
    }));
    if (on.length > 0) {
      return { status: 'pass', message: { en: `${on[0]!.name} is installed and protecting in real time.`, ja: `${on[0]!.name} が導入され、リアルタイムで保護しています。` }, evidence };
    }
    if (installed.every((p) => p.enabled === false)) {
      return { status: 'fail', message: { en: 'Antivirus is installed but switched off.', ja: 'ウイルス対策ソフトは導入されていますが、無効になっています。' }, evidence };
    }
    if (installed.some((p) => p.realTime === null)) {
      return { status: 'unknown', message: { en: 'Antivirus is installed; whether it protects in real time could not be read.', ja: 'ウイルス対策ソフトは導入されていますが、リアルタイム保護の状態を読み取れませんでした。' }, evidence, reason: { kind: 'failed', text: { en: 'Real-time protection state not available.', ja: 'リアルタイム保護の状態が得られません。' } } };
    }
    return {
      status: 'warn',
      message: { en: 'Antivirus is installed but only scans when asked (no real-time protection).', ja: 'ウイルス対策ソフトは導入されていますが、手動で検査したときだけ動きます (リアルタイム保護なし)。' },
      evidence,
    };
  },
});
