import { useId, type ReactElement } from 'react';

export function TextField({ label, value, onChange, hint, error, inputMode, list }: { label: string; value: string; onChange: (value: string) => void; hint?: string; error?: string | null; inputMode?: 'numeric' | 'text'; list?: string }): ReactElement {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} aria-invalid={error ? true : undefined} inputMode={inputMode} list={list} autoComplete="off" />
      {hint && <p id={hintId} className="hint">{hint}</p>}
      {error && <p id={errorId} className="field-error" role="alert">{error}</p>}
    </div>
  );
}
