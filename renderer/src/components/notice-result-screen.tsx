import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeResult } from '../../../electron/shared/ipc';
import { pick } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { HeadlinePanel } from './headline-panel';
import { PhishingWarning } from './phishing-warning';
import { ScreenFrame } from './screen-frame';

export function NoticeResultScreen({ result, onResults, onCleanup }: { result: NoticeResult; onResults: () => void; onCleanup: () => void }): ReactElement {
  const { t } = useTranslation('notice');
  const conn = useTranslation('connections').t;
  const lang = useLang();
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
      {result.destinationMatches.length === 0 ? <p>{t('noDestinationMatch')}</p> : (
        <ul>
          {result.destinationMatches.map((c, i) => (
            <li key={i}>{`${c.process ?? conn('unknownProcess')} → ${c.remoteAddress}:${c.remotePort ?? ''} (${c.state})`}</li>
          ))}
        </ul>
      )}
      <h2>{t('processMatches')}</h2>
      {result.processMatches.length === 0 ? <p>{t('noProcessMatch')}</p> : (
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
