import type { Evidence } from '../shared/types';
import { defineCheck, need, unknownVerdict } from './check';
import { exposedListeners, ownerText, socketLabel } from './exposure/listeners';

export const exp001 = defineCheck({
  id: 'EXP-001',
  item: 'exposure',
  headline: 'protection',
  severity: 'high',
  title: { en: 'No remote-access or file services open to the network', ja: '遠隔操作やファイル共有のサービスをネットワークに開いていない' },
  rationale: {
    en: 'Bots spread by guessing passwords on telnet, FTP, remote desktop, VNC and file sharing, and by abusing open mail servers; a service that listens only on this machine (127.0.0.1) cannot be reached.',
    ja: 'ボットは telnet・FTP・リモートデスクトップ・VNC・ファイル共有のパスワードを推測したり、開いたメールサーバーを悪用したりして広がります。自分のマシン (127.0.0.1) だけで待ち受けるサービスには外から届きません。',
  },
  remediation: {
    linux: [
      { en: 'Stop services you do not use, e.g. sudo systemctl disable --now inetutils-inetd vsftpd smbd (the names are in the evidence).', ja: '使っていないサービスを止めます。例: sudo systemctl disable --now inetutils-inetd vsftpd smbd (名前は根拠の欄にあります)。' },
      { en: 'Replace telnet and FTP with SSH and SFTP.', ja: 'telnet と FTP は SSH と SFTP に置き換えます。' },
      { en: 'For a service you need, let it listen on 127.0.0.1 only, or allow the port only from your own network: sudo ufw allow from 192.168.0.0/16 to any port <port>', ja: '必要なサービスは 127.0.0.1 だけで待ち受けるようにするか、自分のネットワークからだけ許可します: sudo ufw allow from 192.168.0.0/16 to any port <ポート番号>' },
    ],
    win32: [
      { en: 'Settings → System → Remote Desktop: turn it off if you do not use it.', ja: '「設定」→「システム」→「リモート デスクトップ」: 使っていなければオフにします。' },
      { en: 'Control Panel → Network and Sharing Center → Advanced sharing settings: turn off file and printer sharing for public networks.', ja: '「コントロール パネル」→「ネットワークと共有センター」→「共有の詳細設定」: パブリック ネットワークのファイルとプリンターの共有をオフにします。' },
      { en: 'Uninstall VNC, FTP or telnet servers you do not use (Settings → Apps).', ja: '使っていない VNC・FTP・telnet のサーバーソフトは「設定」→「アプリ」から削除します。' },
    ],
    darwin: [
      { en: 'System Settings → General → Sharing: turn off Screen Sharing, File Sharing, Remote Management and Remote Login that you do not use.', ja: '「システム設定」→「一般」→「共有」: 使っていない「画面共有」「ファイル共有」「リモートマネージメント」「リモートログイン」をオフにします。' },
    ],
  },
  platforms: ['linux', 'win32', 'darwin'],
  needs: ['connections'],
  evaluate(facts, ctx) {
    const conns = need(facts, 'connections');
    if (!conns.ok) return unknownVerdict(conns, { en: 'Which services listen on the network could not be read.', ja: 'ネットワークで待ち受けているサービスを読み取れませんでした。' });
    const services = ctx.signatures.ports.exposedServices;
    const seen = new Set<string>();
    const hits = exposedListeners(conns.value.connections).flatMap((c) => {
      const service = services.find((s) => s.ports.includes(c.localPort));
      const key = `${c.protocol} ${socketLabel(c)}`;
      if (!service || seen.has(key)) return [];
      seen.add(key);
      return [{ c, service }];
    });
    if (hits.length === 0) {
      return {
        status: 'pass',
        message: { en: 'No remote-access, file-sharing or mail service is open to the network.', ja: '遠隔操作・ファイル共有・メールのサービスはネットワークに開いていません。' },
        evidence: [],
      };
    }
    const evidence: Evidence[] = hits.map(({ c, service }) => {
      const owner = ownerText(c);
      return {
        text: {
          en: `${service.service} listening on ${socketLabel(c)} (${owner.en}): ${service.reason.en}`,
          ja: `${service.service} が ${socketLabel(c)} で待ち受けています (${owner.ja}): ${service.reason.ja}`,
        },
        data: { service: service.service, address: c.localAddress, port: c.localPort, protocol: c.protocol, process: c.process, pid: c.pid, status: service.status },
      };
    });
    const names = [...new Set(hits.map((h) => h.service.service))].join(', ');
    if (hits.some((h) => h.service.status === 'fail')) {
      const bad = [...new Set(hits.filter((h) => h.service.status === 'fail').map((h) => h.service.service))].join(', ');
      return {
        status: 'fail',
        message: { en: `${bad} is open to the network: passwords travel in clear text and bots try it first.`, ja: `${bad} がネットワークに開いています。パスワードが暗号化されずに流れ、ボットが真っ先に狙います。` },
        evidence,
      };
    }
    return {
      status: 'warn',
      message: { en: `Open to the network: ${names}. Close what you do not need, or limit it to your own network.`, ja: `ネットワークに開いているサービス: ${names}。不要なものは止め、必要なものは自分のネットワークだけに制限してください。` },
      evidence,
    };
  },
});
