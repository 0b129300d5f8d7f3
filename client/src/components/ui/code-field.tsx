import type { ComponentProps } from 'react';
import { m } from '../../paraglide/messages.js';
import { TextField } from './field.tsx';

/**
 * A field for a code from her authenticator app (or a recovery code): digits on a phone, filled
 * in by the browser or password manager where it can, no spelling check. Labelled "Code uit je
 * app" unless told otherwise.
 */
export function CodeField({ label, ...props }: Omit<ComponentProps<typeof TextField>, 'label'> & { label?: string }) {
  return <TextField label={label ?? m.twofa_code()} autoComplete="one-time-code" inputMode="numeric" spellCheck={false} {...props} />;
}
