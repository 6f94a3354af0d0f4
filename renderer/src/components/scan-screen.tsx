import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../lib/localized';
import { progressMilestone } from '../lib/progress-milestone';
import type { ScanProgress } from '../lib/use-scan-runner';
import { useLang } from '../lib/use-lang';
import { ScreenFrame } from './screen-frame';
import { StatusBadge } from './status-badge';

export function ScanScreen({ progress, forNotice, onRetry }: { progress: ScanProgress; forNotice: boolean; onRetry: () => void }): ReactElement {
  const { t } = useTranslation('scan');
  const lang = useLang();
  const done = progress.finished.length;
  const announced = progressMilestone(done, progress.total);
  return (
    <ScreenFrame title={t(forNotice ? 'titleNotice' : 'title')}>
      <progress aria-label={t('progressLabel')} max={Math.max(progress.total, 1)} value={done} />
      <p>{progress.total > 0 ? t('progress', { done, total: progress.total }) : t('starting')}</p>
      <p role="status" aria-live="polite" className="visually-hidden">{announced > 0 ? t('progress', { done: announced, total: progress.total }) : t('starting')}</p>
      {progress.error && (
        <div role="alert" className="alert">
          <p>{t('failed', { message: progress.error })}</p>
          <button type="button" onClick={onRetry}>{t('retry')}</button>
        </div>
      )}
      <h2>{t('finishedList')}</h2>
      <ul className="finished-list">
        {progress.finished.map((result) => (
          <li key={result.id}>
            <StatusBadge status={result.status} /> {pick(result.title, lang)}
          </li>
        ))}
      </ul>
    </ScreenFrame>
  );
}
