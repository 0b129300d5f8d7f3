import { useLayoutEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ScanFormValues, StepKey } from '../utils/form-values.ts';
import { getIn, setIn, type Paths } from '../utils/form-path.ts';
import { fieldErrorText } from '../utils/error-text.ts';
import { toErrorMap, validateStep, type FieldErrorMap, type FieldProblem } from '../utils/validation.ts';

export type StepComponentProps<K extends StepKey> = {
  values: ScanFormValues[K];
  /** Every change, for autosave. */
  onChange: (values: ScanFormValues[K]) => void;
  /** Called with valid answers. */
  onNext: (values: ScanFormValues[K]) => void;
  /** Called with the answers as they are (not validated), so they are kept. */
  onBack?: ((values: ScanFormValues[K]) => void) | undefined;
  /** Problems found elsewhere (the server, or the final check) to show on mount. */
  problems?: readonly FieldProblem[] | undefined;
  /** Focus the heading on mount: true after a step change, false on first load. */
  autoFocusHeading: boolean;
};

type TextEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

/** Focus the first invalid control in DOM order (what a keyboard user meets first). */
function focusFirstInvalid(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-focus="true"]')?.focus();
}

/**
 * One step's form state: controlled values, validation by the shared schema (validateStep),
 * autosave on every change, and focus on the first invalid field when "Next" is refused.
 * After the first attempt a changed field is re-checked at once, like react-hook-form's
 * reValidateMode "onChange". This small hook stands in for react-hook-form (about 14 kB gzip)
 * to keep the scan inside its 150 kB bundle budget; the steps are small enough for
 * controlled inputs.
 */
export function useStepForm<K extends StepKey>(
  step: K,
  { values: initialValues, onChange, problems }: Pick<StepComponentProps<K>, 'values' | 'onChange' | 'problems'>,
) {
  type Values = ScanFormValues[K];
  type Path = Paths<Values>;

  const [values, setValues] = useState<Values>(initialValues);
  const [errors, setErrors] = useState<FieldErrorMap>(() => toErrorMap(problems ?? []));
  const [attempted, setAttempted] = useState(Boolean(problems?.length));
  const [focusRequest, setFocusRequest] = useState(problems?.length ? 1 : 0);
  const [focusTarget, setFocusTarget] = useState<{ name: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Problems handed in while this step is already showing (a 422 on the last step).
  const [shownProblems, setShownProblems] = useState(problems);
  if (problems !== shownProblems) {
    setShownProblems(problems);
    if (problems && problems.length > 0) {
      setErrors(toErrorMap(problems));
      setAttempted(true);
      setFocusRequest((n) => n + 1);
    }
  }

  // Focus moves in the commit that shows the errors (or the new field).
  useLayoutEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  useLayoutEffect(() => {
    if (focusTarget) formRef.current?.querySelector<HTMLElement>(`[name="${focusTarget.name}"]`)?.focus();
  }, [focusTarget]);

  /** Replace the values (all changes go through here): autosave, and re-check `changed`. */
  const update = (next: Values, changed?: string) => {
    setValues(next);
    onChange(next);
    if (!attempted || changed === undefined) return;
    const fresh = toErrorMap(validateStep(step, next));
    setErrors((current) => {
      const error = fresh[changed];
      return error ? { ...current, [changed]: error } : withoutError(current, changed);
    });
  };

  const setField = (path: Path, value: unknown) => update(setIn(values, path, value), path);

  /** Props for a text input, textarea or select. */
  const text = (path: Path) => ({
    name: path,
    value: String(getIn(values, path) ?? ''),
    onChange: (event: TextEvent) => setField(path, event.target.value),
  });

  /** Props for one radio button of a group, per option value. */
  const radio = (path: Path) => (option: string) => ({
    name: path,
    checked: getIn(values, path) === option,
    onChange: () => setField(path, option),
  });

  /** Props for one checkbox of a multiple-choice group (an array of values), per option value. */
  const checkboxes = (path: Path) => (option: string) => {
    const list = (getIn(values, path) as string[] | undefined) ?? [];
    return {
      name: path,
      checked: list.includes(option),
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        setField(path, event.target.checked ? [...list, option] : list.filter((value) => value !== option)),
    };
  };

  /** Props for a single yes/no checkbox. */
  const checkbox = (path: Path) => ({
    name: path,
    checked: getIn(values, path) === true,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setField(path, event.target.checked),
  });

  /** Errors to drop or re-key after changing the list at `arrayPath` (remove shifts indices). */
  const editErrors = (edit: (errors: FieldErrorMap) => FieldErrorMap) => setErrors(edit);

  const submitWith = (onValid: (values: Values) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const found = validateStep(step, values);
    if (found.length === 0) {
      setErrors({});
      onValid(values);
      return;
    }
    setErrors(toErrorMap(found));
    setFocusRequest((n) => n + 1);
  };

  /** The translated error for a form path, if any (call during render). */
  const errorText = (path: string): string | undefined => {
    const error = errors[path];
    return error ? fieldErrorText(error) : undefined;
  };

  return {
    values,
    update,
    text,
    radio,
    checkboxes,
    checkbox,
    editErrors,
    focusField: (name: string) => setFocusTarget({ name }),
    formRef,
    submitWith,
    errorText,
  };
}

/** The errors without the one at `path`. */
export function withoutError(errors: FieldErrorMap, path: string): FieldErrorMap {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key !== path));
}

/** Errors after removing item `index` from the list at `arrayPath`: later items move up. */
export function errorsAfterRemove(errors: FieldErrorMap, arrayPath: string, index: number): FieldErrorMap {
  const prefix = `${arrayPath}.`;
  const result: Record<string, FieldErrorMap[string]> = {};
  for (const [path, error] of Object.entries(errors)) {
    if (!path.startsWith(prefix)) {
      result[path] = error;
      continue;
    }
    const [position = '', ...rest] = path.slice(prefix.length).split('.');
    const i = Number(position);
    if (i < index) result[path] = error;
    else if (i > index) result[[arrayPath, i - 1, ...rest].join('.')] = error;
  }
  return result;
}
