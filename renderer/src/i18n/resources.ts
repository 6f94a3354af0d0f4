import enCleanup from './en/cleanup.json';
import enCommon from './en/common.json';
import enConnections from './en/connections.json';
import enExport from './en/export.json';
import enHelpdesk from './en/helpdesk.json';
import enHistory from './en/history.json';
import enNotice from './en/notice.json';
import enResults from './en/results.json';
import enScan from './en/scan.json';
import enSettings from './en/settings.json';
import enStart from './en/start.json';
import jaCleanup from './ja/cleanup.json';
import jaCommon from './ja/common.json';
import jaConnections from './ja/connections.json';
import jaExport from './ja/export.json';
import jaHelpdesk from './ja/helpdesk.json';
import jaHistory from './ja/history.json';
import jaNotice from './ja/notice.json';
import jaResults from './ja/results.json';
import jaScan from './ja/scan.json';
import jaSettings from './ja/settings.json';
import jaStart from './ja/start.json';

/** One resource file per language per screen; the namespace is the screen. */
export const RESOURCES = {
  en: { common: enCommon, start: enStart, notice: enNotice, scan: enScan, results: enResults, connections: enConnections, cleanup: enCleanup, helpdesk: enHelpdesk, history: enHistory, export: enExport, settings: enSettings },
  ja: { common: jaCommon, start: jaStart, notice: jaNotice, scan: jaScan, results: jaResults, connections: jaConnections, cleanup: jaCleanup, helpdesk: jaHelpdesk, history: jaHistory, export: jaExport, settings: jaSettings },
} as const;

export const NAMESPACES = Object.keys(RESOURCES.en) as (keyof typeof RESOURCES.en)[];
