import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../electron/shared/types';
import type { ScanProgress } from '../lib/use-scan-runner';
import { CodeDecoder } from './code-decoder';
import { HeadlinePanel } from './headline-panel';
import { ScreenFrame } from './screen-frame';
import { SupportCodeView } from './support-code-view';

const STEPS = 4;

/**
 * A caller reads out what this screen shows, so it shows only a result it made itself: never an older
 * one (say, opened from History), and never "done" after a check that failed.
 */
export function HelpdeskScreen({ report, progress, onScan }: { report: Report | null; progress: ScanProgress; onScan: () => void }): ReactElement {
  const { t } = useTranslation('helpdesk');
  const common = useTranslation('common').t;
  const [step, setStep] = useState(1);
  const [scannedHere, setScannedHere] = useState(false);
  const ours = scannedHere && !progress.running && progress.error === null ? report : null;
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);
  const go = (next: number): void => {
    moved.current = true;
    setStep(next);
  };
  return (
    <ScreenFrame title={t('title')} className="helpdesk">
      <p>{t('intro')}</p>
      <p className="step-count">{t('stepOf', { n: step, total: STEPS })}</p>
      <h2 ref={stepHeading} tabIndex={-1}>{t(`step${step}Title`)}</h2>
      {step === 1 && (
        <>
          <p>{t('step1')}</p>
          <button
            type="button"
            className="primary big"
            disabled={progress.running}
            onClick={() => {
              setScannedHere(true);
              onScan();
            }}
          >
            {t('check')}
          </button>
          {progress.running && progress.total > 0 && <p>{t('checking', { n: progress.finished.length, total: progress.total })}</p>}
          <p aria-live="polite" role="status">{progress.running ? t('checkingStarted') : ours ? t('step1Done') : ''}</p>
          {scannedHere && progress.error !== null && (
            <p role="alert" className="alert">{common('error', { message: progress.error })} {t('tryAgain')}</p>
          )}
        </>
      )}
      {step === 2 && (
        <>
          <p>{t('step2')}</p>
          {ours ? <SupportCodeView code={ours.supportCode} /> : <p>{t('noCode')}</p>}
        </>
      )}
      {step === 3 && ours && (
        <>
          <HeadlinePanel kind="protection" headline={ours.headlines.protection} />
          <HeadlinePanel kind="infection" headline={ours.headlines.infection} />
        </>
      )}
      {step === 3 && !ours && <p>{t('noCode')}</p>}
      {step === 4 && <CodeDecoder />}
      <div className="actions">
        <button type="button" disabled={step === 1} onClick={() => go(step - 1)}>{t('back')}</button>
        <button type="button" className="primary" disabled={step === STEPS} onClick={() => go(step + 1)}>{t('next')}</button>
      </div>
    </ScreenFrame>
  );
}
