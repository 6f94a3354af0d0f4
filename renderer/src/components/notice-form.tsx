import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_TEXT_LIMITS as MAX, type NoticeInput } from '../../../electron/shared/ipc';
import { CHANNELS, emptyDraft, FLAG_KEYS, KINDS, MALWARE_SUGGESTIONS, parsePort, SENDER_KEYS, toNoticeInput, warningTriggers, type NoticeDraft } from '../lib/notice-draft';
import { fillDraft } from '../lib/notice-fill';
import { NoticeDateFields } from './notice-date-fields';
import { NoticePaste } from './notice-paste';
import { PhishingWarning } from './phishing-warning';
import { ScreenFrame } from './screen-frame';
import { SelectField } from './select-field';
import { TextField } from './text-field';

export function NoticeForm({ onSubmit }: { onSubmit: (notice: NoticeInput) => void }): ReactElement {
  const { t } = useTranslation('notice');
  const [draft, setDraft] = useState<NoticeDraft>(emptyDraft);
  const customerName = useId();
  const suggestions = useId();
  const set = (patch: Partial<NoticeDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const portError = Number.isNaN(parsePort(draft.destPort)) ? t('portInvalid') : null;
  const notStated = t('notStated');
  const triggers = warningTriggers(draft);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (portError) return;
    onSubmit(toNoticeInput(draft, (key) => t(`senders.${key}`)));
  };
  return (
    <ScreenFrame title={t('title')}>
      {triggers.length > 0 && <PhishingWarning triggers={triggers} />}
      <p>{t('intro')}</p>
      <NoticePaste onFill={(found) => setDraft((d) => fillDraft(d, found))} />
      <form onSubmit={submit} className="notice-form" noValidate>
        <fieldset>
          <legend>{t('redFlags')}</legend>
          {FLAG_KEYS.map((flag) => (
            <label key={flag} className="checkbox">
              <input type="checkbox" checked={draft.redFlags[flag]} onChange={(e) => set({ redFlags: { ...draft.redFlags, [flag]: e.target.checked } })} />
              {t(`flags.${flag}`)}
            </label>
          ))}
        </fieldset>
        <SelectField label={t('sender')} value={draft.senderPick} notStated={notStated} options={SENDER_KEYS.map((k) => ({ value: k, label: t(`senders.${k}`) }))} onChange={(v) => set({ senderPick: v })} />
        <TextField label={t('senderOther')} value={draft.senderText} maxLength={MAX.sender} onChange={(v) => set({ senderText: v })} />
        <SelectField label={t('channel')} value={draft.channel} notStated={notStated} options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} onChange={(v) => set({ channel: v })} />
        <SelectField label={t('kind')} value={draft.kind} notStated={notStated} options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} onChange={(v) => set({ kind: v })} />
        <NoticeDateFields precision={draft.precision} when={draft.when} timeZone={draft.timeZone} onChange={set} />
        <TextField label={t('reportedAddress')} hint={t('reportedAddressHint')} value={draft.reportedAddress} maxLength={MAX.reportedAddress} onChange={(v) => set({ reportedAddress: v })} />
        <fieldset>
          <legend>{t('destination')}</legend>
          <TextField label={t('destAddress')} value={draft.destAddress} maxLength={MAX.address} onChange={(v) => set({ destAddress: v })} />
          <TextField label={t('destDomain')} value={draft.destDomain} maxLength={MAX.domain} onChange={(v) => set({ destDomain: v })} />
          <TextField label={t('destPort')} value={draft.destPort} inputMode="numeric" error={portError} onChange={(v) => set({ destPort: v })} />
          <SelectField label={t('protocol')} value={draft.protocol} notStated={notStated} options={[{ value: 'tcp', label: 'TCP' }, { value: 'udp', label: 'UDP' }]} onChange={(v) => set({ protocol: v })} />
        </fieldset>
        <TextField label={t('malware')} value={draft.malware} list={suggestions} maxLength={MAX.malware} onChange={(v) => set({ malware: v })} />
        <datalist id={suggestions}>
          {MALWARE_SUGGESTIONS.map((m) => <option key={m} value={m} />)}
        </datalist>
        <fieldset>
          <legend>{t('customerNumber')}</legend>
          <p className="hint">{t('customerNumberHint')}</p>
          {(['yes', 'no', ''] as const).map((v) => (
            <label key={v || 'unknown'} className="radio">
              <input type="radio" name={customerName} checked={draft.hasCustomerNumber === v} onChange={() => set({ hasCustomerNumber: v })} />
              {v === '' ? notStated : t(v)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary big">{t('submit')}</button>
      </form>
    </ScreenFrame>
  );
}
