import { av001 } from './av-001-antivirus-present';
import { av002 } from './av-002-pattern-files-fresh';
import { brw001 } from './brw-001-browsers-supported';
import { brw002 } from './brw-002-internet-explorer-not-used';
import type { CheckDefinition } from './check';
import { exp001 } from './exp-001-exposed-services';
import { exp002 } from './exp-002-ssh-password-login';
import { exp003 } from './exp-003-remote-desktop';
import { exp004 } from './exp-004-smb1';
import { fw001 } from './fw-001-inbound-firewall';
import { gk001 } from './gk-001-gatekeeper';
import { log001 } from './log-001-ssh-login-failures';
import { mail001 } from './mail-001-file-extensions-shown';
import { man001 } from './man-001-mail-attachments';
import { man002 } from './man-002-suspicious-sites';
import { man003 } from './man-003-spam-links';
import { net001 } from './net-001-known-c2';
import { net002 } from './net-002-suspicious-connections';
import { net003 } from './net-003-fan-out';
import { net004 } from './net-004-suspicious-processes';
import { p2p001 } from './p2p-001-file-sharing';
import { sig001 } from './sig-001-threat-data-fresh';
import { upd001 } from './upd-001-os-supported';
import { upd002 } from './upd-002-pending-updates';
import { upd003 } from './upd-003-days-since-update';
import { upd004 } from './upd-004-no-restart-pending';
import { upd005 } from './upd-005-automatic-updates';
import { web001 } from './web-001-smartscreen';

/** Every check, in report order (checklist items a–g, then the extra areas). Ids are never reused. */
export const CHECKS: readonly CheckDefinition[] = [
  av001,
  av002,
  man001,
  mail001,
  man002,
  web001,
  brw001,
  brw002,
  gk001,
  man003,
  fw001,
  upd001,
  upd002,
  upd003,
  upd004,
  upd005,
  exp001,
  exp002,
  exp003,
  exp004,
  net001,
  net002,
  net003,
  net004,
  p2p001,
  log001,
  sig001,
];
