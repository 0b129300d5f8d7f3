import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import { Concern, MAX_TRUST_STEPS } from '#shared/delegation/va-settings.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FieldMessage, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useRemoveRow } from '../hooks/use-remove-row.ts';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { emptyStep } from '../utils/form-values.ts';
import { FormSection } from './form-section.tsx';

type TrustSectionProps = Pick<SettingsFormApi, 'form' | 'errorText'>;

const concernNames: Record<Concern, () => string> = {
  control: m.adminsettings_concern_control,
  explaining: m.adminsettings_concern_explaining,
  confidentiality: m.adminsettings_concern_confidentiality,
  reachability: m.adminsettings_concern_reachability,
  cost: m.adminsettings_concern_cost,
  'bad-experience': m.adminsettings_concern_bad_experience,
};

/** The trust plan: per concern a prospect can tick, the title and steps she offers, in Dutch and English. */
export function TrustSection({ form, errorText }: TrustSectionProps) {
  useLocale();
  return (
    <FormSection id="settings-trust" title={m.adminsettings_trust_heading()} intro={m.adminsettings_trust_intro()}>
      {Concern.options.map((concern) => (
        <ConcernTexts key={concern} concern={concern} form={form} errorText={errorText} />
      ))}
    </FormSection>
  );
}

function ConcernTexts({ concern, form, errorText }: TrustSectionProps & { concern: Concern }) {
  const headingId = useId();
  const { register, control } = form;
  const steps = useFieldArray({ control, name: `trustTexts.${concern}.steps` });
  const { addButton, removeRow } = useRemoveRow(steps.remove);
  const base = `trustTexts.${concern}` as const;
  const name = concernNames[concern]();
  const full = steps.fields.length >= MAX_TRUST_STEPS;
  const listError = errorText(`${base}.steps`);
  const concernName = (
    <>
      {' '}
      <span className="sr-only">({name})</span>
    </>
  );

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-300 p-4 sm:p-5">
      <h3 id={headingId} className="text-lg font-semibold text-stone-900">
        {name}
      </h3>
      <div className="mt-3 grid gap-4 @2xl:grid-cols-2">
        <TextField
          label={
            <>
              {m.adminsettings_trust_title_nl()}
              {concernName}
            </>
          }
          lang="nl"
          error={errorText(`${base}.title.nl`)}
          {...register(`${base}.title.nl`)}
        />
        <TextField
          label={
            <>
              {m.adminsettings_trust_title_en()}
              {concernName}
            </>
          }
          lang="en"
          error={errorText(`${base}.title.en`)}
          {...register(`${base}.title.en`)}
        />
      </div>

      <h4 className="mt-5 font-medium text-stone-900">{m.adminsettings_trust_steps()}</h4>
      {listError ? <FieldMessage id={`${headingId}-steps-error`}>{listError}</FieldMessage> : null}
      <ol className="mt-2 space-y-4">
        {steps.fields.map((step, index) => {
          const number = index + 1;
          const stepName = (
            <>
              {' '}
              <span className="sr-only">
                ({m.adminsettings_trust_step_number({ number })}, {name})
              </span>
            </>
          );
          return (
            <li key={step.id} className="border-t border-stone-200 pt-4 first:border-t-0 first:pt-0">
              <div className="flex items-center justify-between gap-3">
                <p aria-hidden="true" className="text-sm font-semibold text-stone-700">
                  {m.adminsettings_trust_step_number({ number })}
                </p>
                <Button
                  variant="quiet"
                  className="-mr-2 px-2 text-sm"
                  disabled={steps.fields.length <= 1}
                  aria-label={m.adminsettings_trust_step_remove_label({ number, concern: name })}
                  onClick={() => removeRow(index)}
                >
                  <span aria-hidden="true">✕</span>
                  {m.adminsettings_remove()}
                </Button>
              </div>
              <div className="mt-1 grid gap-4 @2xl:grid-cols-2">
                <TextAreaField
                  label={
                    <>
                      {m.adminsettings_language_nl()}
                      {stepName}
                    </>
                  }
                  lang="nl"
                  rows={3}
                  error={errorText(`${base}.steps.${index}.nl`)}
                  {...register(`${base}.steps.${index}.nl`)}
                />
                <TextAreaField
                  label={
                    <>
                      {m.adminsettings_language_en()}
                      {stepName}
                    </>
                  }
                  lang="en"
                  rows={3}
                  error={errorText(`${base}.steps.${index}.en`)}
                  {...register(`${base}.steps.${index}.en`)}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button
          ref={addButton}
          variant="secondary"
          className="text-sm"
          disabled={full}
          aria-label={m.adminsettings_trust_step_add_label({ concern: name })}
          onClick={() => steps.append(emptyStep(), { focusName: `${base}.steps.${steps.fields.length}.nl` })}
        >
          <span aria-hidden="true">+</span>
          {m.adminsettings_trust_step_add()}
        </Button>
        {full ? <p className="text-sm text-stone-600">{m.adminsettings_trust_steps_full({ max: MAX_TRUST_STEPS })}</p> : null}
      </div>
    </section>
  );
}
