import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { get, useForm, type DefaultValues, type FieldError, type Path, type Resolver } from 'react-hook-form';
import type { ScanFormValues, StepKey } from '../utils/form-values.ts';
import { fieldErrorText } from '../utils/error-text.ts';
import { decodeFieldError, encodeFieldError, type FieldProblem } from '../utils/field-error.ts';
import type { StepAnswers } from '../utils/validation.ts';

import { preloadStepChecks } from './step-checks.ts';

/** The step's resolver, once the checks have loaded. */
function lazyStepResolver<K extends StepKey>(step: K): Resolver<ScanFormValues[K], unknown, StepAnswers[K]> {
  return async (values, context, options) => {
    const { stepResolvers } = await preloadStepChecks();
    const resolver = stepResolvers[step] as Resolver<ScanFormValues[K], unknown, StepAnswers[K]>;
    return resolver(values, context, options);
  };
}

export type StepComponentProps<K extends StepKey> = {
  values: ScanFormValues[K];
  /** Every change, for autosave. */
  onChange: (values: ScanFormValues[K]) => void;
  /** Called with the answers once the shared schema accepts them. */
  onNext: (values: ScanFormValues[K]) => void;
  /** Called with the answers as they are (not validated), so they are kept. */
  onBack?: ((values: ScanFormValues[K]) => void) | undefined;
  /** Problems found elsewhere (the final check, or the server's 422) to show and focus. */
  problems?: readonly FieldProblem[] | undefined;
  /** Focus the heading on mount: true after a step change, false on first load. */
  autoFocusHeading: boolean;
};

/** Focus the first invalid control in DOM order (what a keyboard user meets first). */
function focusFirstInvalid(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-focus="true"]')?.focus();
}

/**
 * One react-hook-form form per step, not one for the whole scan: each step validates only
 * its own part of the shared schema, Back leaves a step without validating it, and the draft
 * (useScanDraft) is what holds the scan together across steps, reloads included.
 *
 * Adds what every step needs around useForm: validation by the step's schema (validation.ts,
 * ending in the shared one; loaded lazily, see preloadStepChecks), autosave of every change,
 * problems found elsewhere shown on their fields, focus on the first invalid control after a
 * refused Next, and each error as a sentence in the current language.
 */
export function useScanStepForm<K extends StepKey>(
  step: K,
  {
    values,
    onChange,
    problems,
    formRef: givenFormRef,
  }: {
    values: ScanFormValues[K];
    onChange: (values: ScanFormValues[K]) => void;
    problems?: readonly FieldProblem[] | undefined;
    /** The step's form element, when the step renders it around this form (step 1, about-step.tsx). */
    formRef?: RefObject<HTMLFormElement | null> | undefined;
  },
) {
  type TValues = ScanFormValues[K];
  const form = useForm<TValues, unknown, StepAnswers[K]>({
    defaultValues: values as DefaultValues<TValues>,
    resolver: lazyStepResolver(step),
    // Next validates the whole step. Once errors show, each field is checked again as it is
    // corrected (below), not with reValidateMode 'onChange': that would also validate a whole
    // task list when a task is added, flagging the new card before it could be filled in.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // We focus in DOM order instead, which also reaches errors without an input of their own
    // (the task picker).
    shouldFocusError: false,
  });
  const { subscribe, setError, trigger, handleSubmit, getValues } = form;
  const ownFormRef = useRef<HTMLFormElement>(null);
  const formRef = givenFormRef ?? ownFormRef;
  // True once errors have been shown: after a refused Next, or problems handed in.
  const recheck = useRef(Boolean(problems?.length));

  // Set when errors are about to be shown; the next commit (the one that shows them) focuses.
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    focusFirstInvalid(formRef.current);
  });

  // Autosave every change; once errors show, check the changed field again.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values: changed, name, type }) => {
          onChange(changed);
          if (recheck.current && name && type === 'change') void trigger(name as Path<TValues>);
        },
      }),
    [subscribe, trigger, onChange],
  );

  // Problems handed in, also while the step is showing (a 422 on the last step).
  useEffect(() => {
    if (!problems?.length) return;
    for (const { path, error } of problems) {
      setError(path as Path<TValues>, { type: 'shared', message: encodeFieldError(error) });
    }
    recheck.current = true;
    focusPending.current = true;
  }, [problems, setError]);

  /** The submit handler: `onValid` gets the form values once the schema accepts them. */
  const submitWith = (onValid: (values: TValues) => void) =>
    handleSubmit(
      () => onValid(getValues()),
      () => {
        recheck.current = true;
        focusPending.current = true;
      },
    );

  const { errors } = form.formState;
  /** The error at a form path as a sentence in the current language (call during render). */
  const errorText = (path: string): string | undefined => {
    const error: FieldError | undefined = get(errors, path);
    return error?.message === undefined ? undefined : fieldErrorText(decodeFieldError(error.message));
  };

  return { form, formRef, submitWith, errorText };
}
