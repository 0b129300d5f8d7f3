import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { get, useForm, type FieldError, type Path } from 'react-hook-form';
import type { VaSettings, VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { fieldErrorText } from '../utils/error-text.ts';
import { toFormValues, type SettingsFormValues } from '../utils/form-values.ts';
import { decodeFieldError, SettingsForm } from '../utils/validation.ts';

/** Focus the first invalid control in DOM order (what a keyboard user meets first); false when none shows yet. */
function focusFirstInvalid(root: HTMLElement | null): boolean {
  const first = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
  return first !== undefined && first !== null;
}

/**
 * useForm for the settings, with what the form needs around it: validation by the shared schema
 * (through SettingsForm), each error as a sentence in the current language, focus on the first
 * invalid field after a refused save, the server's problems shown on their fields, and a warning
 * before leaving the page with unsaved changes.
 */
export function useSettingsForm(settings: VaSettings, locale: Locale) {
  const form = useForm<SettingsFormValues, unknown, VaSettingsInput>({
    defaultValues: toFormValues(settings, locale),
    resolver: zodResolver(SettingsForm),
    // Save validates everything. Once errors show, each field is checked again as it is
    // corrected (below), not with reValidateMode 'onChange': that would also flag a package row
    // or a step the moment it is added, before it could be filled in.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // We focus in DOM order instead.
    shouldFocusError: false,
  });
  const { subscribe, trigger, formState } = form;
  const formRef = useRef<HTMLFormElement>(null);
  // True once errors have been shown, until the next successful save.
  const recheck = useRef(false);

  // Set when errors are about to be shown; the commit that shows them focuses. In the browser
  // the form's own state (the save outcome) may commit before the errors do: wait for those.
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    if (focusFirstInvalid(formRef.current)) focusPending.current = false;
  });

  // Once errors show, check a changed field again, so its message goes as soon as it is right.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, type }) => {
          if (recheck.current && name && type === 'change') void trigger(name as Path<SettingsFormValues>);
        },
      }),
    [subscribe, trigger],
  );

  // Leaving the page (reload, closing the tab) with unsaved changes asks first.
  const { isDirty } = formState;
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  /** After a refused save: errors show from now on, and the first one gets focus. */
  const errorsShown = () => {
    recheck.current = true;
    focusPending.current = true;
  };

  /** After a successful save: the saved settings are the new starting point (not dirty). */
  const resetTo = (saved: VaSettings) => {
    recheck.current = false;
    form.reset(toFormValues(saved, locale));
  };

  const { errors } = formState;
  /** The error at a form path as a sentence in the current language (call during render). */
  const errorText = (path: string): string | undefined => {
    const error: FieldError | undefined = get(errors, path);
    return error?.message === undefined ? undefined : fieldErrorText(decodeFieldError(error.message), locale);
  };

  return { form, formRef, errorText, errorsShown, resetTo, recheck };
}

export type SettingsFormApi = ReturnType<typeof useSettingsForm>;
