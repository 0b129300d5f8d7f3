import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type FormEventHandler } from 'react';
import { flushSync } from 'react-dom';
import type { UseFormRegisterReturn } from 'react-hook-form';
import {
  BUSINESS_KINDS,
  DELEGATION_EXPERIENCE,
  PAIN_POINTS,
  RATE_KINDS, VAT_STATUSES,
} from '#shared/schemas/intake-choices.ts';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { StepComponentProps } from '../hooks/use-scan-step-form.ts';
import type { AboutFormValues } from '../utils/form-values.ts';
import type { AboutStepForm as AboutStepFormType } from './about-step-form.tsx';
import { businessKindLabels, experienceLabels, optionsOf, painLabels, vatLabels } from './option-labels.ts';
import { StepForm } from './step-form.tsx';

type AboutName = keyof AboutFormValues;
type Register = (name: AboutName) => UseFormRegisterReturn<AboutName>;

/**
 * Step 1 without react-hook-form (~14 kB gzip) in the scan's first load (decision 0028): the
 * fields render with a light layer (uncontrolled inputs, their values kept and autosaved on
 * every change). The react-hook-form form (about-step-form.tsx) loads right after the first
 * paint and takes over at the first Next (or when problems are to be shown), with the values the
 * fields hold by then, keeping the focus where it was. A Next pressed before the code has
 * arrived is held and pressed again once it has, so it validates and shows its messages as always.
 */
let loadedForm: typeof AboutStepFormType | undefined;
let loadingForm: Promise<typeof AboutStepFormType> | undefined;
export function preloadAboutForm(): Promise<typeof AboutStepFormType> {
  loadingForm ??= import('./about-step-form.tsx').then(
    (module) => (loadedForm = module.AboutStepForm),
    (error: unknown) => {
      loadingForm = undefined;
      throw error;
    },
  );
  return loadingForm;
}

/** The focused field, so that it keeps the focus (and the caret) when the form takes over. */
type FocusState = { name: string; value: string; start: number | null; end: number | null };

function focusState(form: HTMLFormElement | null): FocusState | null {
  const active = document.activeElement;
  if (!form || !(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement)) return null;
  if (!form.contains(active) || !active.name) return null;
  const text = active instanceof HTMLSelectElement || (active instanceof HTMLInputElement && active.type === 'radio');
  return {
    name: active.name,
    value: active.value,
    start: text ? null : active.selectionStart,
    end: text ? null : active.selectionEnd,
  };
}

function restoreFocus(form: HTMLFormElement | null, state: FocusState | null) {
  if (!form || !state) return;
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[name]')].filter(
    (field) => field.name === state.name,
  );
  const field = fields.find((candidate) => candidate instanceof HTMLInputElement && candidate.type === 'radio' ? candidate.value === state.value : true);
  if (!field) return;
  field.focus();
  if (state.start !== null && !(field instanceof HTMLSelectElement)) field.setSelectionRange(state.start, state.end);
}

/** The light layer: react-hook-form's `register` shape, over uncontrolled inputs. */
function useLightForm(values: AboutFormValues, onChange: (values: AboutFormValues) => void) {
  const current = useRef(values);
  const [businessKind, setBusinessKind] = useState(values.businessKind);
  const register: Register = (name) => ({
    name,
    ref: (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null) => {
      if (!element) return;
      const value = current.current[name];
      if (element instanceof HTMLInputElement && element.type === 'radio') element.checked = element.value === value;
      else element.value = value ?? '';
    },
    onChange: async (event: { target: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement }) => {
      const { target } = event;
      if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
      current.current = { ...current.current, [name]: target.value };
      if (name === 'businessKind') setBusinessKind(target.value as AboutFormValues['businessKind']);
      onChange(current.current);
      await Promise.resolve();
    },
    onBlur: async () => {},
  });
  return { current, register, businessKind };
}

export function AboutStep({ values, onChange, onNext, problems, autoFocusHeading }: StepComponentProps<'about'>) {
  useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const submitRef = useRef<FormEventHandler<HTMLFormElement> | null>(null);
  const [Form, setForm] = useState<typeof AboutStepFormType | undefined>(() => loadedForm);
  const light = useLightForm(values, onChange);
  const pendingNext = useRef(false);
  const focus = useRef<FocusState | null>(null);

  // react-hook-form takes over when it is needed: at the first Next (onSubmit below), or at once
  // when there are problems to show. Until then the light layer is all step 1 needs (nothing is
  // checked before Next). Taking over as soon as the code arrived remounted every field in one
  // long task (~0.2 s on a throttled phone, most of the scan's Total Blocking Time); at Next it
  // is part of the work that press does anyway. The code itself is fetched right after the first
  // paint (scan-page.tsx), so Next does not wait for it.
  useEffect(() => {
    if (Form || !problems?.length) return;
    let live = true;
    preloadAboutForm().then(
      (component) => {
        if (!live) return;
        focus.current = focusState(formRef.current);
        setForm(() => component);
      },
      () => {}, // tried again on Next
    );
    return () => {
      live = false;
    };
  }, [Form, problems]);

  // The form has taken over: the focus back where it was, and a held Next pressed again.
  useLayoutEffect(() => {
    if (!Form) return;
    restoreFocus(formRef.current, focus.current);
    focus.current = null;
    if (pendingNext.current) {
      pendingNext.current = false;
      formRef.current?.requestSubmit();
    }
  }, [Form]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (Form && submitRef.current) {
      submitRef.current(event);
      return;
    }
    if (loadedForm) {
      // The code is here: the form takes over now and handles this very press. (Pressed again
      // from an effect, it would be ignored: the browser is still firing this submit.)
      const form = loadedForm;
      flushSync(() => setForm(() => form));
      submitRef.current?.(event);
      return;
    }
    event.preventDefault();
    pendingNext.current = true;
    preloadAboutForm().then(
      (component) => setForm(() => component),
      () => {
        pendingNext.current = false;
      },
    );
  };

  return (
    <StepForm
      title={m.scan_step_about()}
      intro={m.scan_about_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={onSubmit}
    >
      {Form ? (
        <Form values={light.current.current} onChange={onChange} onNext={onNext} problems={problems} formRef={formRef} submitRef={submitRef} />
      ) : (
        <AboutFields register={light.register} errorText={() => undefined} businessKind={light.businessKind} />
      )}
    </StepForm>
  );
}

/** Step 1's fields, for the light layer and for react-hook-form alike. */
export function AboutFields({
  register,
  errorText,
  businessKind,
}: {
  register: Register;
  errorText: (path: string) => string | undefined;
  businessKind: AboutFormValues['businessKind'];
}) {
  return (
    <>
      <SelectField
        label={m.scan_about_business_kind()}
        placeholder={m.scan_about_business_kind_placeholder()}
        options={optionsOf(BUSINESS_KINDS, businessKindLabels)}
        error={errorText('businessKind')}
        {...register('businessKind')}
      />
      {businessKind === 'other' ? (
        <TextField
          label={m.scan_about_business_other()}
          optionalText={m.scan_optional()}
          error={errorText('businessOther')}
          maxLength={80}
          {...register('businessOther')}
        />
      ) : null}

      <TextField
        label={m.scan_about_hours_per_week()}
        suffix={m.scan_about_hours_per_week_unit()}
        inputMode="numeric"
        autoComplete="off"
        width="short"
        error={errorText('hoursPerWeek')}
        {...register('hoursPerWeek')}
      />

      <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <ChoiceGroup
          type="radio"
          legend={m.scan_about_rate_kind()}
          hint={m.scan_about_rate_kind_hint()}
          error={errorText('rateKind')}
          options={RATE_KINDS.map((kind) => ({
            value: kind,
            label: kind === 'current' ? m.scan_about_rate_current() : m.scan_about_rate_target(),
          }))}
          inputProps={register('rateKind')}
          layout="wrap"
        />
        <TextField
          label={m.scan_about_hourly_rate()}
          hint={m.scan_about_hourly_rate_hint()}
          prefix="€"
          inputMode="decimal"
          autoComplete="off"
          width="short"
          error={errorText('hourlyRate')}
          {...register('hourlyRate')}
        />
      </div>

      <ChoiceGroup
        type="radio"
        legend={m.scan_about_vat()}
        hint={m.scan_about_vat_hint()}
        error={errorText('vatStatus')}
        options={optionsOf(VAT_STATUSES, vatLabels)}
        inputProps={register('vatStatus')}
      />

      <ChoiceGroup
        type="radio"
        legend={m.scan_about_experience()}
        error={errorText('delegationExperience')}
        options={optionsOf(DELEGATION_EXPERIENCE, experienceLabels)}
        inputProps={register('delegationExperience')}
      />

      <ChoiceGroup
        type="radio"
        legend={m.scan_about_pain()}
        error={errorText('mainPain')}
        options={optionsOf(PAIN_POINTS, painLabels)}
        inputProps={register('mainPain')}
      />
      <TextAreaField
        label={m.scan_about_pain_note()}
        optionalText={m.scan_optional()}
        error={errorText('painNote')}
        maxLength={500}
        {...register('painNote')}
      />
    </>
  );
}
