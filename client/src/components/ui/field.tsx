import type { ComponentProps, ReactNode } from 'react';

/** Stable ids for a field's input, hint and error, derived from its form name. */
export function fieldIds(name: string) {
  const base = `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return { input: base, hint: `${base}-hint`, error: `${base}-error`, label: `${base}-label` };
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? undefined : list;
}

/** The error under a field. Not a live region: focus moves to the first invalid field instead. */
export function FieldMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1.5 flex items-start gap-1.5 text-sm font-medium text-red-700">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.5h1.8v5.5H9.1V6Zm.9 9a1.1 1.1 0 1 1 0-2.2 1.1 1.1 0 0 1 0 2.2Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-stone-600">
      {children}
    </p>
  );
}

type LabelledProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** The translated text of the error, if any. */
  error?: string | undefined;
  /** e.g. "(optioneel)" after the label. */
  optionalText?: string | undefined;
};

function FieldLabel({ htmlFor, label, optionalText }: { htmlFor: string } & Pick<LabelledProps, 'label' | 'optionalText'>) {
  return (
    <label htmlFor={htmlFor} className="block font-medium text-stone-900">
      {label}
      {optionalText ? <span className="font-normal text-stone-600"> {optionalText}</span> : null}
    </label>
  );
}

export const inputClass =
  'block w-full rounded-lg border border-stone-500 bg-white px-3 py-2.5 text-base text-stone-900 placeholder:text-stone-500 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700';

type TextFieldProps = ComponentProps<'input'> &
  LabelledProps & {
    name: string;
    /** Shown inside the box before the text, e.g. "€". */
    prefix?: string;
    /** Shown after the box, e.g. "uur per week". */
    suffix?: string;
    /** `short` for numbers (hours, euros). */
    width?: 'full' | 'short';
    /** `inline`: label and a short box on one line (compact cards). */
    layout?: 'stacked' | 'inline';
  };

export function TextField({
  label,
  hint,
  error,
  optionalText,
  prefix,
  suffix,
  width = 'full',
  layout = 'stacked',
  className = '',
  ...inputProps
}: TextFieldProps) {
  const ids = fieldIds(inputProps.name);
  const inline = layout === 'inline';
  return (
    <div className={className}>
      <div className={inline ? 'flex items-center justify-between gap-3' : ''}>
        <FieldLabel htmlFor={ids.input} label={label} optionalText={optionalText} />
        {hint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
        <div className={`flex items-center gap-2 ${inline ? 'shrink-0' : 'mt-1.5'}`}>
          <div className={`relative ${width === 'short' ? 'w-32' : 'w-full'}`}>
            {prefix ? (
              <span
                aria-hidden="true"
                className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-stone-600"
              >
                {prefix}
              </span>
            ) : null}
            <input
              id={ids.input}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(hint ? ids.hint : null, error ? ids.error : null)}
              className={`${inputClass} ${prefix ? 'pl-8' : ''}`}
              {...inputProps}
            />
          </div>
          {suffix ? <span className="shrink-0 text-stone-700">{suffix}</span> : null}
        </div>
      </div>
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </div>
  );
}

type TextAreaFieldProps = ComponentProps<'textarea'> & LabelledProps & { name: string };

export function TextAreaField({ label, hint, error, optionalText, className = '', ...props }: TextAreaFieldProps) {
  const ids = fieldIds(props.name);
  return (
    <div className={className}>
      <FieldLabel htmlFor={ids.input} label={label} optionalText={optionalText} />
      {hint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
      <textarea
        id={ids.input}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? ids.hint : null, error ? ids.error : null)}
        className={`${inputClass} mt-1.5`}
        {...props}
      />
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </div>
  );
}

type SelectFieldProps = ComponentProps<'select'> &
  LabelledProps & {
    name: string;
    placeholder: string;
    options: readonly { value: string; label: string }[];
  };

export function SelectField({
  label,
  hint,
  error,
  optionalText,
  placeholder,
  options,
  className = '',
  ...props
}: SelectFieldProps) {
  const ids = fieldIds(props.name);
  return (
    <div className={className}>
      <FieldLabel htmlFor={ids.input} label={label} optionalText={optionalText} />
      {hint ? <FieldHint id={ids.hint}>{hint}</FieldHint> : null}
      <select
        id={ids.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? ids.hint : null, error ? ids.error : null)}
        className={`${inputClass} mt-1.5 min-h-11`}
        {...props}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </div>
  );
}
