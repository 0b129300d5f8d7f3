import type { ComponentProps, ReactNode } from 'react';
import { FieldHint, FieldMessage, describedBy, fieldIds } from './field.tsx';

export type ChoiceOption = { value: string; label: ReactNode };

type ChoiceGroupProps = {
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly ChoiceOption[];
  /** Props every option's input shares: the form name and its handlers, e.g. react-hook-form's `register(name)`. */
  inputProps: Omit<ComponentProps<'input'>, 'type' | 'value'> & { name: string };
  /** `stack`: one per line (long labels); `wrap`: chips side by side (short labels). */
  layout?: 'stack' | 'wrap';
  /** Visually smaller legend for groups inside a card. */
  size?: 'normal' | 'small';
};

/**
 * Radio buttons or checkboxes in a fieldset with a legend; the hint and the error describe the
 * group. Each option is a whole-label target of at least 44 px high, with the native control
 * visible so state never depends on colour alone.
 */
export function ChoiceGroup({
  type,
  legend,
  hint,
  error,
  options,
  inputProps,
  layout = 'stack',
  size = 'normal',
}: ChoiceGroupProps) {
  const ids = fieldIds(inputProps.name);
  return (
    <fieldset aria-describedby={describedBy(hint ? ids.hint : null, error ? ids.error : null)}>
      <legend className={size === 'small' ? 'text-sm font-medium text-stone-800' : 'font-medium text-stone-900'}>
        {legend}
      </legend>
      {hint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
      <div className={`${size === 'small' ? 'mt-1.5' : 'mt-2'} ${layout === 'wrap' ? 'flex flex-wrap gap-2' : 'grid gap-2'}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className={`flex cursor-pointer items-center gap-3 rounded-lg border bg-white px-3 transition-colors hover:border-brand-600 has-checked:border-brand-600 has-checked:bg-brand-50 ${
              error ? 'border-red-700' : 'border-stone-400'
            } ${size === 'small' ? 'min-h-10 py-1.5 text-sm' : 'min-h-11 py-2'}`}
          >
            <input
              type={type}
              value={option.value}
              aria-invalid={error ? true : undefined}
              className="size-5 shrink-0 accent-brand-600"
              {...inputProps}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </fieldset>
  );
}

type CheckboxFieldProps = Omit<ComponentProps<'input'>, 'type'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
};

/** One checkbox with its label to the right (consents, yes/no questions). */
export function CheckboxField({ label, hint, error, className = '', ...props }: CheckboxFieldProps) {
  const ids = fieldIds(props.name);
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <input
          id={ids.input}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint ? ids.hint : null, error ? ids.error : null)}
          className="mt-0.5 size-6 shrink-0 cursor-pointer accent-brand-600"
          {...props}
        />
        <div>
          <label htmlFor={ids.input} className="cursor-pointer">
            {label}
          </label>
          {hint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
        </div>
      </div>
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </div>
  );
}
