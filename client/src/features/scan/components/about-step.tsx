import { useWatch } from 'react-hook-form';
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
import { useScanStepForm, type StepComponentProps } from '../hooks/use-scan-step-form.ts';
import { businessKindLabels, experienceLabels, optionsOf, painLabels, vatLabels } from './option-labels.ts';
import { StepForm } from './step-form.tsx';

export function AboutStep({ values, onChange, onNext, problems, autoFocusHeading }: StepComponentProps<'about'>) {
  useLocale();
  const { form, formRef, submitWith, errorText } = useScanStepForm('about', { values, onChange, problems });
  const { register, control } = form;
  const businessKind = useWatch({ control, name: 'businessKind' });

  return (
    <StepForm
      title={m.scan_step_about()}
      intro={m.scan_about_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={submitWith(onNext)}
    >
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
    </StepForm>
  );
}
