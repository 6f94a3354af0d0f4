import { useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, type DatePrecision } from '../lib/notice-draft';
import { SelectField } from './select-field';

const PRECISIONS: DatePrecision[] = ['none', 'month', 'date', 'full'];
const INPUT_TYPE: Record<Exclude<DatePrecision, 'none'>, string> = { month: 'month', date: 'date', full: 'datetime-local' };
const INPUT_LABEL: Record<Exclude<DatePrecision, 'none'>, string> = { month: 'month', date: 'date', full: 'dateTime' };

/** Notices state a month, a date or a full time: accept each, in a zone defaulting to JST. */
export function NoticeDateFields({ precision, when, timeZone, onChange }: { precision: DatePrecision; when: string; timeZone: string; onChange: (patch: { precision?: DatePrecision; when?: string; timeZone?: string }) => void }): ReactElement {
  const { t } = useTranslation('notice');
  const name = useId();
  const inputId = useId();
  return (
    <fieldset>
      <legend>{t('when')}</legend>
      {PRECISIONS.map((p) => (
        <label key={p} className="radio">
          <input type="radio" name={name} value={p} checked={precision === p} onChange={() => onChange({ precision: p, when: '' })} />
          {t(`precision.${p}`)}
        </label>
      ))}
      {precision !== 'none' && (
        <>
          <div className="field">
            <label htmlFor={inputId}>{t(INPUT_LABEL[precision])}</label>
            <input id={inputId} type={INPUT_TYPE[precision]} step={precision === 'full' ? 1 : undefined} value={when} onChange={(e) => onChange({ when: e.target.value })} />
          </div>
          <SelectField label={t('timeZone')} value={timeZone} notStated={t('notStated')} options={TIME_ZONES.map((z) => ({ value: z, label: t(`zones.${z}`) }))} onChange={(v) => onChange({ timeZone: v })} />
        </>
      )}
    </fieldset>
  );
}
