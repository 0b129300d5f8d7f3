import { useState, type ComponentProps } from 'react';
import { m } from '../../paraglide/messages.js';
import { fieldIds, TextField } from './field.tsx';

/**
 * A password field with a "show password" toggle under it (ASVS 2.1.12): a real button with
 * aria-pressed, one fixed label, aria-controls naming the field. Showing switches the input to
 * type="text"; autocomplete and password managers keep working because the name stays.
 */
export function PasswordField(props: Omit<ComponentProps<typeof TextField>, 'type'>) {
  const [shown, setShown] = useState(false);
  return (
    <div>
      <TextField {...props} type={shown ? 'text' : 'password'} spellCheck={false} autoCapitalize="off" />
      <button
        type="button"
        aria-pressed={shown}
        aria-controls={fieldIds(props.name).input}
        onClick={() => setShown((value) => !value)}
        className="mt-1.5 inline-flex min-h-11 items-center rounded-md px-1 text-sm font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900"
      >
        {m.password_show()}
      </button>
    </div>
  );
}
