import { useId, type ReactElement } from 'react';

/** A labelled pick list whose first choice is always "not stated". */
export function SelectField({ label, value, options, notStated, onChange }: { label: string; value: string; options: { value: string; label: string }[]; notStated: string | null; onChange: (value: string) => void }): ReactElement {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {notStated !== null && <option value="">{notStated}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
