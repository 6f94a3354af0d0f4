import type { FirewallLayer } from '../shared/facts';
import type { Evidence, LocalizedText } from '../shared/types';
import { defineCheck, need, unknownVerdict } from './check';

function layerEvidence(l: FirewallLayer): Evidence {
  const d = l.detail;
  let text: LocalizedText;
  if (!l.installed) text = { en: `${l.name}: not installed`, ja: `${l.name}: インストールされていません` };
  else if (l.active === null) text = { en: `${l.name}: could not be read (${d})`, ja: `${l.name}: 読み取れませんでした (${d})` };
  else if (!l.active) text = { en: `${l.name}: installed but not filtering (${d})`, ja: `${l.name}: インストール済みですが、通信を遮断していません (${d})` };
  else if (l.blocksInboundByDefault === true) text = { en: `${l.name}: on, blocks unsolicited inbound connections (${d})`, ja: `${l.name}: 有効で、外部からの不要な接続を遮断しています (${d})` };
  else if (l.blocksInboundByDefault === false) text = { en: `${l.name}: on, but lets unsolicited inbound connections in (${d})`, ja: `${l.name}: 有効ですが、外部からの接続を通してしまいます (${d})` };
  else text = { en: `${l.name}: on, but its default for inbound connections is not known (${d})`, ja: `${l.name}: 有効ですが、受信の既定動作が分かりません (${d})` };
  return {
    text,
    data: { layer: l.name, installed: l.installed, active: l.active, blocksInboundByDefault: l.blocksInboundByDefault, inboundRuleCount: l.inboundRuleCount },
  };
}

const ROUTER_NOTE = {
  en: "A home router's NAT may stop some of it, but botcheck cannot see the router, and a router does not protect against other infected devices on the same network or on public Wi-Fi.",
  ja: 'ご家庭のルーターの NAT が一部を防いでいる可能性はありますが、ルーターの状態はこの PC からは確認できません。また、同じネットワーク内の感染した機器や公衆無線 LAN からの接続は防げません。',
};

export const fw001 = defineCheck({
  id: 'FW-001',
  item: 'f',
  headline: 'protection',
  severity: 'high',
  title: { en: 'Firewall blocks unsolicited inbound connections', ja: 'ファイアウォールが外部からの不要な接続を遮断している' },
  rationale: {
    en: 'Bots spread by connecting to computers that accept connections from anywhere; a firewall that blocks unsolicited inbound traffic by default stops that (IPA item (f)).',
    ja: 'ボットは、外部からの接続を受け付けてしまうコンピュータに侵入して広がります。外部からの不要な接続を既定で遮断するファイアウォールがそれを防ぎます (IPA の対策 (f))。',
  },
  remediation: {
    linux: [
      { en: 'Install ufw if it is missing: sudo apt install ufw', ja: 'ufw がなければインストールします: sudo apt install ufw' },
      { en: 'If you reach this computer from elsewhere (for example over SSH), allow only that first: sudo ufw allow ssh', ja: '他の機器からこのコンピュータに接続して使う場合 (SSH など) は、先にそれだけを許可します: sudo ufw allow ssh' },
      { en: 'Deny inbound connections by default and switch ufw on: sudo ufw default deny incoming, then sudo ufw enable', ja: '受信を既定で拒否にして ufw を有効にします: sudo ufw default deny incoming を実行し、続けて sudo ufw enable を実行します。' },
      { en: 'Check: sudo ufw status verbose shows "Status: active" and "Default: deny (incoming)". Where firewalld is used instead (Fedora, RHEL): sudo systemctl enable --now firewalld, and keep the default zone off "trusted".', ja: '確認: sudo ufw status verbose に「Status: active」と「Default: deny (incoming)」が表示されれば完了です。firewalld を使うディストリビューション (Fedora、RHEL など) では sudo systemctl enable --now firewalld を実行し、既定のゾーンを「trusted」にしないでください。' },
    ],
    win32: [
      { en: 'Open Windows Security → Firewall & network protection.', ja: '「Windows セキュリティ」→「ファイアウォールとネットワーク保護」を開きます。' },
      { en: 'Turn Microsoft Defender Firewall on for Domain network, Private network and Public network.', ja: '「ドメイン ネットワーク」「プライベート ネットワーク」「パブリック ネットワーク」のすべてで Microsoft Defender ファイアウォールをオンにします。' },
      { en: 'If another security product manages the firewall, make sure its firewall is switched on.', ja: '他社のセキュリティソフトがファイアウォールを管理している場合は、そのソフトのファイアウォールがオンになっていることを確認します。' },
    ],
    darwin: [
      { en: 'Open System Settings → Network → Firewall and turn it on.', ja: '「システム設定」→「ネットワーク」→「ファイアウォール」を開き、オンにします。' },
      { en: 'In Options, remove apps you do not recognise from the list of apps allowed to receive connections.', ja: '「オプション」で、接続の受け入れを許可しているアプリのうち心当たりのないものを削除します。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['firewall'],
  evaluate(facts, ctx) {
    const fw = need(facts, 'firewall');
    if (!fw.ok) return unknownVerdict(fw, { en: 'Could not tell whether a firewall is on.', ja: 'ファイアウォールが有効かどうか判定できませんでした。' });
    const layers = fw.value.layers;
    const evidence = layers.map(layerEvidence);
    const blocking = layers.filter((l) => l.active === true && l.blocksInboundByDefault === true);
    const covers = (l: FirewallLayer, family: 'ipv4' | 'ipv6'): boolean => l.family === family || l.family === 'both';
    const covered = (family: 'ipv4' | 'ipv6'): boolean => blocking.some((l) => covers(l, family));
    // Blocking layers that filter one address family only (iptables without ip6tables, say).
    const partial = blocking.length > 0 && covered('ipv4') !== covered('ipv6');
    const openFamily = covered('ipv4') ? 'ipv6' : 'ipv4';
    const [shut, open] = openFamily === 'ipv6' ? ['IPv4', 'IPv6'] : ['IPv6', 'IPv4'];
    // A layer of the open family whose default could not be read may well filter it: no warning on a guess.
    const undecidedOpen = layers.some((l) => covers(l, openFamily) && l.installed && (l.active === null || (l.active === true && l.blocksInboundByDefault === null)));
    const v6 = fw.value.internetIPv6;
    const noInternetIPv6 = partial && openFamily === 'ipv6' && v6?.length === 0;
    if (partial && !undecidedOpen && !noInternetIPv6) {
      const names = blocking.map((l) => l.name).join(', ');
      const reachable = openFamily === 'ipv6' && v6 ? [{ text: { en: `IPv6 addresses the internet can reach: ${v6.join(', ')}`, ja: `インターネットから届く IPv6 アドレス: ${v6.join('、')}` } }] : [];
      return {
        status: 'warn',
        message: {
          en: `A firewall (${names}) blocks unsolicited inbound ${shut} connections, but nothing read here filters ${open}: with an ${open} address from the internet, this computer takes connections from anywhere. ${ROUTER_NOTE.en}`,
          ja: `ファイアウォール (${names}) は外部からの不要な ${shut} の接続を遮断していますが、${open} を遮断するものは見つかりませんでした。インターネットの ${open} アドレスを持つと、このコンピュータはどこからの接続も受け付けます。${ROUTER_NOTE.ja}`,
        },
        evidence: [...evidence, ...reachable],
      };
    }
    if (blocking.length > 0) {
      const names = blocking.map((l) => l.name).join(', ');
      return {
        status: 'pass',
        message: { en: `A firewall blocks unsolicited inbound connections (${names}).`, ja: `ファイアウォール (${names}) が外部からの不要な接続を遮断しています。` },
        evidence: noInternetIPv6 ? [...evidence, { text: { en: 'IPv6 is not filtered, but this computer has no IPv6 address the internet can reach.', ja: 'IPv6 は遮断されていませんが、このコンピュータにはインターネットから届く IPv6 アドレスがありません。' } }] : evidence,
      };
    }
    const undecided = layers.filter((l) => l.installed && (l.active === null || (l.active === true && l.blocksInboundByDefault === null)));
    if (undecided.length > 0) {
      // Windows shows other vendors' firewalls only as on or off, whatever the rights: their own window tells.
      const hint = ctx.platform === 'win32'
        ? { en: "Open that product's window and check that it blocks incoming connections.", ja: 'そのソフトの画面を開き、外部からの接続を遮断する設定になっているか確認してください。' }
        : { en: 'Running botcheck with administrator rights (sudo) usually lets it read them all.', ja: '管理者権限 (sudo) で botcheck を実行すると、通常はすべて読み取れます。' };
      const text = {
        en: `Not every firewall could be read (${undecided.map((l) => l.name).join(', ')}), and none of those that could blocks unsolicited inbound connections. ${hint.en}`,
        ja: `読み取れないファイアウォールがあり (${undecided.map((l) => l.name).join('、')})、読み取れたものはどれも外部からの不要な接続を遮断していません。${hint.ja}`,
      };
      return { status: 'unknown', message: text, evidence, reason: { kind: 'failed', text } };
    }
    if (!layers.some((l) => l.installed)) {
      return {
        status: 'fail',
        message: {
          en: `No firewall is installed, so nothing on this computer stops unsolicited inbound connections. ${ROUTER_NOTE.en}`,
          ja: `ファイアウォールがインストールされていないため、このコンピュータには外部からの不要な接続を止めるものがありません。${ROUTER_NOTE.ja}`,
        },
        evidence: evidence.length > 0 ? evidence : [{ text: { en: 'No firewall program was found.', ja: 'ファイアウォールのプログラムが見つかりませんでした。' } }],
      };
    }
    return {
      status: 'fail',
      message: {
        en: `A firewall is installed but does not block unsolicited inbound connections: it is off, has no rules, or lets everything in. ${ROUTER_NOTE.en}`,
        ja: `ファイアウォールはインストールされていますが、外部からの不要な接続を遮断していません (無効、ルールなし、またはすべて許可の状態です)。${ROUTER_NOTE.ja}`,
      },
      evidence,
    };
  },
});
