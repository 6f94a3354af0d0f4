import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenFrame } from './screen-frame';

export function StartScreen({ onScan, onNotice }: { onScan: () => void; onNotice: () => void }): ReactElement {
  const { t } = useTranslation('start');
  return (
    <ScreenFrame title={t('title')}>
      <p>{t('intro')}</p>
      <div className="choices">
        <div className="choice">
          <button type="button" className="primary big" onClick={onScan}>{t('checkPc')}</button>
          <p>{t('checkPcHint')}</p>
        </div>
        <div className="choice">
          <button type="button" className="big" onClick={onNotice}>{t('notice')}</button>
          <p>{t('noticeHint')}</p>
        </div>
      </div>
    </ScreenFrame>
  );
}
