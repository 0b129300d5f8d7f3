import {
  BUSINESS_KINDS,
  DELEGATION_EXPERIENCE,
  PAIN_POINTS,
  RATE_KINDS,
} from '#shared/schemas/intake.ts';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useStepForm, type StepComponentProps } from '../hooks/use-step-form.ts';
import { businessKindLabels, experienceLabels, optionsOf, painLabels } from './option-labels.ts';
import { StepForm } from './step-form.tsx';

export function AboutStep({ values, onChange, onNext, problems, autoFocusHeading }: StepComponentProps<'about'>) {
  useLocale();
  const form = useStepForm('about', { values, onChange, problems });
  const { text, radio, formRef, submitWith, errorText } = form;

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
        {...text('businessKind')}
      />
      {form.values.businessKind === 'other' ? (
        <TextField
          label={m.scan_about_business_other()}
          optionalText={m.scan_optional()}
          error={errorText('businessOther')}
          maxLength={80}
          {...text('businessOther')}
        />
      ) : null}

      <TextField
        label={m.scan_about_hours_per_week()}
        suffix={m.scan_about_hours_per_week_unit()}
        inputMode="numeric"
        autoComplete="off"
        width="short"
        error={errorText('hoursPerWeek')}
        {...text('hoursPerWeek')}
      />

      <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <ChoiceGroup
          type="radio"
          name="rateKind"
          legend={m.scan_about_rate_kind()}
          hint={m.scan_about_rate_kind_hint()}
          error={errorText('rateKind')}
          options={RATE_KINDS.map((kind) => ({
            value: kind,
            label: kind === 'current' ? m.scan_about_rate_current() : m.scan_about_rate_target(),
          }))}
          getInputProps={radio('rateKind')}
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
          {...text('hourlyRate')}
        />
      </div>

      <ChoiceGroup
        type="radio"
        name="delegationExperience"
        legend={m.scan_about_experience()}
        error={errorText('delegationExperience')}
        options={optionsOf(DELEGATION_EXPERIENCE, experienceLabels)}
        getInputProps={radio('delegationExperience')}
      />

      <ChoiceGroup
        type="radio"
        name="mainPain"
        legend={m.scan_about_pain()}
        error={errorText('mainPain')}
        options={optionsOf(PAIN_POINTS, painLabels)}
        getInputProps={radio('mainPain')}
      />
      <TextAreaField
        label={m.scan_about_pain_note()}
        optionalText={m.scan_optional()}
        error={errorText('painNote')}
        maxLength={500}
        {...text('painNote')}
      />
    </StepForm>
  );
}
