import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_KEYS } from '../lib/notice-draft';
import type { NoticeFindings } from '../lib/notice-extract';
import type { FoundDate } from '../lib/notice-extract-dates';

const shownValue = (d: FoundDate): string => d.value.replace('T', ' ');

/** What the pasted text states, as the notice wrote it, so the user can check the reading. */
export function NoticeFindingsList({ findings: f }: { findings: NoticeFindings }): ReactElement {
  const { t } = useTranslation('notice');
  const flags = FLAG_KEYS.filter((k) => f.redFlags[k] !== null);
  const rows: { key: string; values: ReactNode[] }[] = [
    { key: 'dates', values: f.dates.map((d) => `${t('paste.quoted', { text: d.text })} → ${shownValue(d)}${d.yearAssumed ? ` ${t('paste.yearAssumed', { year: d.value.slice(0, 4) })}` : ''}${d.mailSent ? ` ${t('paste.mailSent')}` : ''}`) },
    { key: 'zones', values: f.zones.map((z) => t(`zones.${z}`)) },
    { key: 'yourAddresses', values: f.yourAddresses },
    { key: 'destinationAddresses', values: f.destinationAddresses },
    { key: 'ports', values: f.ports.map(String) },
    { key: 'malware', values: f.malware },
    { key: 'customerNumber', values: f.customerNumber ? [t('paste.customerNumberMentioned')] : [] },
    { key: 'redFlags', values: flags.map((k) => `${t(`paste.flagFound.${k}`)} (${t('paste.quoted', { text: f.redFlags[k] })})`) },
    { key: 'urls', values: f.urls.map((u) => <><strong>{u.host ?? t('paste.unreadableLink')}</strong> <span className="url">{u.url}</span></>) },
  ];
  const found = rows.filter((r) => r.values.length > 0);
  const missing = rows.filter((r) => r.values.length === 0);
  return (
    <>
      <dl className="notice-findings">
        {found.map((r) => (
          <div key={r.key}>
            <dt>{t(`paste.found.${r.key}`)}</dt>
            <dd>{r.values.length === 1 ? r.values[0] : <ul>{r.values.map((v, i) => <li key={i}>{v}</li>)}</ul>}</dd>
          </div>
        ))}
      </dl>
      {f.urls.length > 0 && <p className="hint">{t('paste.linksHint')}</p>}
      {missing.length > 0 && <p>{t('paste.notFound', { items: missing.map((r) => t(`paste.found.${r.key}`)).join(t('paste.listSeparator')) })}</p>}
    </>
  );
}
