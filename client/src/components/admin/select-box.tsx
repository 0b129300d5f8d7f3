import type { ComponentProps } from 'react';
import { fieldIds, inputClass } from '../ui/field.tsx';

type SelectBoxProps = ComponentProps<'select'> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
};

/** A labelled select that always has a value (no "choose…" option), styled as the scan's fields. */
export function SelectBox({ label, options, className = '', ...props }: SelectBoxProps) {
  const ids = fieldIds(props.name);
  return (
    <div className={className}>
      <label htmlFor={ids.input} className="block font-medium text-stone-900">
        {label}
      </label>
      <select id={ids.input} className={`${inputClass} mt-1.5 min-h-11`} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
