import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeResult } from '../../../electron/shared/ipc';
import { connectionsProblem } from '../../../electron/shared/connections-problem';
import { remoteText, useStateText } from '../lib/connection-text';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { HeadlinePanel } from './headline-panel';
import { PhishingWarning } from './phishing-warning';
import { ScreenFrame } from './screen-frame';

export function NoticeResultScreen({ result, onResults, onCleanup }: { result: NoticeResult; onResults: () => void; onCleanup: () => void }): ReactElement {
  const { t } = useTranslation('notice');
  const conn = useTranslation('connections').t;
  const stateText = useStateText();
  const lang = useLang();
  const problem = connectionsProblem(result.report);
  const reason = problem ? pick(problem, lang) : '';
  const { notice } = result;
  const address = notice.destination.address;
  const port = notice.destination.port;
  const where = address && port !== null ? t('where.both', { address, port }) : address ? address : t('where.port', { port });
  const { malware } = notice;

  const destinationNote = result.destinationMatches.length > 0 ? null
    : !address && port === null ? t('noDestinationStated')
      : problem ? t('connectionsUnreadable', { reason })
        : t('noDestinationMatch', { where });
  const processNote = result.processMatches.length > 0 ? null
    : !malware ? t('noMalwareStated')
      : problem ? t('malwareUnreadable', { reason, name: malware })
        : t('noProcessMatch', { name: malware });

  return (
    <ScreenFrame title={t('resultTitle')}>
      {result.phishing.suspected && (
        <>
          <PhishingWarning />
          <h2>{t('phishingReasons')}</h2>
          <ul>{result.phishing.reasons.map((r, i) => <li key={i}>{pick(r, lang)}</li>)}</ul>
        </>
      )}
      <h2>{t('explanation')}</h2>
      {result.explanation.map((p, i) => <p key={i}>{pick(p, lang)}</p>)}
      <h2>{t('destinationMatches')}</h2>
      {destinationNote ? <p>{destinationNote}</p> : (
        <ul>
          {result.destinationMatches.map((c, i) => {
            const state = stateText(c.state);
            return <li key={i}>{`${c.process ?? conn('unknownProcess')}${c.pid !== null ? ` (${c.pid})` : ''} → ${remoteText(c)}${state ? ` — ${state}` : ''}`}</li>;
          })}
        </ul>
      )}
      <h2>{t('processMatches')}</h2>
      {processNote ? <p>{processNote}</p> : (
        <ul>
          {result.processMatches.map((p, i) => (
            <li key={i}>{`${p.name}${p.pid !== null ? ` (${p.pid})` : ''}${p.path ? ` ${p.path}` : ''}: ${pick(p.why, lang)}`}</li>
          ))}
        </ul>
      )}
      <div className="headlines">
        <HeadlinePanel kind="protection" headline={result.report.headlines.protection} />
        <HeadlinePanel kind="infection" headline={result.report.headlines.infection} />
      </div>
      <div className="actions">
        <button type="button" className={result.report.headlines.infection.status === 'fail' ? 'primary' : undefined} onClick={onCleanup}>{t('openCleanup')}</button>
        <button type="button" onClick={onResults}>{t('seeResults')}</button>
      </div>
    </ScreenFrame>
  );
}
