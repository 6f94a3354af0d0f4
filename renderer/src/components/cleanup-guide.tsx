import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../electron/shared/types';
import { pick } from '../lib/localized';
import { discontinuedTools, helpDesks, removalTools } from '../lib/remediation-links';
import { useRemediation } from '../lib/use-remediation';
import { useLang } from '../lib/use-lang';
import { ExternalLinkWithStatus } from './external-link-with-status';
import { ScreenFrame } from './screen-frame';

export function CleanupGuide({ platform, infected, onRescan }: { platform: Platform | null; infected: boolean; onRescan: () => void }): ReactElement {
  const { t } = useTranslation('cleanup');
  const common = useTranslation('common').t;
  const lang = useLang();
  const warningId = useId();
  const catalogue = useRemediation();
  const entries = catalogue.entries ?? [];
  const tools = removalTools(entries, platform);
  const links = (list: ReactElement): ReactElement =>
    catalogue.error ? <p role="alert">{common('error', { message: catalogue.error })}</p> : catalogue.entries === null ? <p>{common('loading')}</p> : list;
  const linkTexts = { openedText: t('opened'), refusedText: t('refused') };
  return (
    <ScreenFrame title={t('title')}>
      {infected && <p role="alert" className="alert">{t('found')}</p>}
      <p>{t('intro')}</p>
      <ol className="steps">
        <li>
          <h2>{t('step1Title')}</h2>
          <p>{t('step1')}</p>
        </li>
        <li>
          <h2>{t('step2Title')}</h2>
          <p>{t('step2')}</p>
          <p>{t('step2Offline')}</p>
          <section className="alert" aria-labelledby={warningId}>
            <h3 id={warningId}>{t('cccTitle')}</h3>
            <p>{t('cccWarning')}</p>
            {discontinuedTools(entries).map((old) => (
              <p key={old.id} className="hint">
                <strong>{t('discontinued', { name: pick(old.name, lang) })}</strong> {pick(old.description, lang)}
              </p>
            ))}
          </section>
          {links(
            tools.length === 0 ? <p>{t('noTool')}</p> : (
              <ul className="link-list">
                {tools.map((tool) => (
                  <li key={tool.id}>
                    <ExternalLinkWithStatus url={tool.url ?? ''} label={t('open', { name: pick(tool.name, lang) })} {...linkTexts} />
                    <p>{pick(tool.description, lang)}</p>
                  </li>
                ))}
              </ul>
            ),
          )}
        </li>
        <li>
          <h2>{t('step3Title')}</h2>
          <p>{t('step3')}</p>
        </li>
        <li>
          <h2>{t('step4Title')}</h2>
          <p>{t('step4')}</p>
          {links(
            <ul className="link-list">
              {helpDesks(entries).map((desk) => (
                <li key={desk.id}>
                  <h3>{pick(desk.name, lang)}</h3>
                  <p>{pick(desk.description, lang)}</p>
                  {desk.phone && <p className="phone">{t('phone', { phone: desk.phone })}</p>}
                  {desk.hours && <p>{t('hours', { hours: pick(desk.hours, lang) })}</p>}
                  {desk.url && <ExternalLinkWithStatus url={desk.url} label={t('site', { name: pick(desk.name, lang) })} {...linkTexts} />}
                </li>
              ))}
            </ul>,
          )}
        </li>
        <li>
          <h2>{t('step5Title')}</h2>
          <p>{t('step5')}</p>
          <button type="button" className="primary" onClick={onRescan}>{t('rescan')}</button>
        </li>
      </ol>
    </ScreenFrame>
  );
}
