import { defineCheck, need, unknownVerdict } from './check';

export const brw002 = defineCheck({
  id: 'BRW-002',
  item: 'd',
  headline: 'protection',
  severity: 'medium',
  title: { en: 'Internet Explorer is not in use', ja: 'Internet Explorer を使っていない' },
  rationale: {
    en: 'IPA item (d): Internet Explorer 11 was retired on 2022-06-15 and its old engine is a common way in for bots. Windows 10 and 11 keep iexplore.exe, but it should not run.',
    ja: 'IPA の対策 (d): Internet Explorer 11 は 2022 年 6 月 15 日にサポートが終了しており、その古いエンジンはボットの侵入口になりがちです。Windows 10/11 には iexplore.exe が残っていますが、起動されるべきではありません。',
  },
  remediation: {
    win32: [
      { en: 'Close Internet Explorer and use Microsoft Edge or another supported browser.', ja: 'Internet Explorer を閉じ、Microsoft Edge などのサポート中のブラウザーを使います。' },
      { en: 'If a site opens in Edge\'s Internet Explorer mode, ask its owner for a version that works in a current browser.', ja: 'Edge の Internet Explorer モードで開くサイトがある場合は、現在のブラウザーで使えるようにサイトの管理者に依頼します。' },
      { en: 'If a program starts Internet Explorer by itself and you do not know it, have the PC checked for malware.', ja: '心当たりのないプログラムが Internet Explorer を勝手に起動する場合は、マルウェアの検査を受けてください。' },
    ],
  },
  platforms: ['win32'],
  needs: ['browsers'],
  evaluate(facts) {
    const fact = need(facts, 'browsers');
    if (!fact.ok) return unknownVerdict(fact);
    const ie = fact.value.browsers.filter((b) => b.name === 'ie');
    if (ie.length === 0) {
      const text = { en: 'Internet Explorer is not installed.', ja: 'Internet Explorer はインストールされていません。' };
      return { status: 'pass', message: text, evidence: [{ text, data: { installed: false } }] };
    }
    const evidence = ie.map((b) => ({
      text: b.running === undefined
        ? { en: `Internet Explorer ${b.version} (${b.location}): whether it runs is not known`, ja: `Internet Explorer ${b.version} (${b.location}): 起動しているかは不明です` }
        : b.running
          ? { en: `Internet Explorer ${b.version} (${b.location}): iexplore.exe is running`, ja: `Internet Explorer ${b.version} (${b.location}): iexplore.exe が起動しています` }
          : { en: `Internet Explorer ${b.version} (${b.location}): present, not running`, ja: `Internet Explorer ${b.version} (${b.location}): 存在しますが、起動していません` },
      data: { version: b.version, location: b.location, running: b.running ?? null },
    }));
    // iexplore.exe also hosts sites in Edge's IE mode, which Microsoft still services: a warning, not a failure.
    if (ie.some((b) => b.running === true)) {
      return {
        status: 'warn',
        message: { en: 'Internet Explorer\'s engine is running (iexplore.exe): Internet Explorer itself, retired on 2022-06-15, or a site in Edge\'s IE mode.', ja: 'Internet Explorer のエンジン (iexplore.exe) が動いています。2022 年 6 月 15 日にサポートが終了した Internet Explorer 本体か、Edge の IE モードのサイトです。' },
        evidence,
      };
    }
    if (ie.some((b) => b.running === undefined)) {
      const text = { en: 'Internet Explorer is installed; whether it is running could not be read.', ja: 'Internet Explorer はインストールされていますが、起動しているかを読み取れませんでした。' };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'failed', text } };
    }
    return { status: 'pass', message: { en: 'Internet Explorer is not running (it is present as part of Windows).', ja: 'Internet Explorer は起動していません (Windows の一部として存在します)。' }, evidence };
  },
});
