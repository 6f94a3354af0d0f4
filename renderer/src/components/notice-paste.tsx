import { useId, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { extractNotice, foundNothing, type NoticeFindings } from '../lib/notice-extract';
import { NoticeFindingsList } from './notice-findings';

/** Long enough for any notice mail; short enough that reading it never makes typing slow. */
const MAX_PASTE = 20_000;

/**
 * The notice's own text, read here in the page for dates, addresses and names. The text stays in
 * this component: only what the user puts into the form goes further.
 */
export function NoticePaste({ onFill }: { onFill: (findings: NoticeFindings) => void }): ReactElement {
  const { t } = useTranslation('notice');
  const id = useId();
  const [text, setText] = useState('');
  const [filled, setFilled] = useState(false);
  const findings = useMemo(() => (text.trim() === '' ? null : extractNotice(text, new Date())), [text]);
  return (
    <section aria-labelledby={`${id}-heading`} className="notice-paste">
      <h2 id={`${id}-heading`}>{t('paste.heading')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('paste.label')}</label>
        <textarea
          id={id}
          rows={6}
          maxLength={MAX_PASTE}
          value={text}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setFilled(false);
          }}
        />
        <p id={`${id}-hint`} className="hint">{t('paste.hint')}</p>
      </div>
      {findings && (foundNothing(findings) ? <p>{t('paste.nothingFound')}</p> : (
        <>
          <h3>{t('paste.foundHeading')}</h3>
          <NoticeFindingsList findings={findings} />
          <p className="hint">{t('paste.fillHint')}</p>
          <button
            type="button"
            onClick={() => {
              onFill(findings);
              setFilled(true);
            }}
          >
            {t('paste.fill')}
          </button>
        </>
      ))}
      <p role="status">{filled ? t('paste.filled') : ''}</p>
    </section>
  );
}
