import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckResult, Item, Report } from '../../../electron/shared/types';
import { formatDate } from '../lib/localized';
import { useLang } from '../lib/use-lang';
import { CheckCard } from './check-card';
import { HeadlinePanel } from './headline-panel';
import { ScreenFrame } from './screen-frame';

const CHECKLIST: Item[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const EXTRA: Item[] = ['exposure', 'p2p', 'net', 'logs'];

interface Props {
  report: Report;
  answers: Record<string, string>;
  onAnswer: (checkId: string, answerId: string) => void;
  onCleanup: () => void;
  onConnections: () => void;
  onRescan: () => void;
}

export function ResultsScreen({ report, answers, onAnswer, onCleanup, onConnections, onRescan }: Props): ReactElement {
  const { t } = useTranslation('results');
  const common = useTranslation('common').t;
  const lang = useLang();
  const group = (items: Item[]): [Item, CheckResult[]][] =>
    items.map((item): [Item, CheckResult[]] => [item, report.checks.filter((c) => c.item === item)]).filter(([, checks]) => checks.length > 0);
  const section = (heading: string, items: Item[]): ReactElement => (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      {group(items).map(([item, checks]) => (
        <section key={item} aria-label={common(`item.${item}`)} className="item-group">
          <h3 className="item-heading">{common(`item.${item}`)}</h3>
          {checks.map((c) => <CheckCard key={c.id} result={c} answer={answers[c.id]} onAnswer={onAnswer} />)}
        </section>
      ))}
    </section>
  );
  return (
    <ScreenFrame title={t('title')}>
      <p>{t('checkedAt', { date: report.capturedAt ? formatDate(report.capturedAt, lang) : t('notRecorded') })}</p>
      <div className="headlines">
        <HeadlinePanel kind="protection" headline={report.headlines.protection} />
        <HeadlinePanel kind="infection" headline={report.headlines.infection} />
      </div>
      {report.headlines.infection.status === 'fail' && <p role="alert" className="alert">{t('infectedAlert')}</p>}
      <div className="actions">
        <button type="button" className={report.headlines.infection.status === 'fail' ? 'primary' : undefined} onClick={onCleanup}>{t('openCleanup')}</button>
        <button type="button" onClick={onConnections}>{t('openConnections')}</button>
        <button type="button" onClick={onRescan}>{t('rescan')}</button>
      </div>
      {section(t('checklist'), CHECKLIST)}
      {section(t('extra'), EXTRA)}
    </ScreenFrame>
  );
}
