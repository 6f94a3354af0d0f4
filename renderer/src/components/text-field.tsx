import { useId, type ReactElement } from 'react';

/** `maxLength` should match the IPC schema's cap for the field, so that typing can never make the request invalid. */
export function TextField({ label, value, onChange, hint, error, inputMode, list, maxLength }: { label: string; value: string; onChange: (value: string) => void; hint?: string; error?: string | null; inputMode?: 'numeric' | 'text'; list?: string; maxLength?: number }): ReactElement {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} inputMode={inputMode} list={list} maxLength={maxLength} autoComplete="off" />
      {hint && <p id={hintId} className="hint">{hint}</p>}
      {error && <p id={errorId} className="field-error" role="alert">{error}</p>}
    </div>
  );
}
