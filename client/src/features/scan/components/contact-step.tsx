import type { Ref } from 'react';
import { CheckboxField } from '../../../components/ui/choice-group.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../../lib/get-scan-config.ts';
import { useScanStepForm, type StepComponentProps } from '../hooks/use-scan-step-form.ts';
import { HoneypotField } from './honeypot-field.tsx';
import { StepForm } from './step-form.tsx';

type ContactStepProps = StepComponentProps<'contact'> & {
  /** True while the scan is being sent: the button says so and ignores more presses. */
  submitting: boolean;
  /** Why the last send failed, already translated. */
  submitError?: string | undefined;
  /** The spam trap people never see; its value goes with the send. */
  honeypotRef: Ref<HTMLInputElement>;
};

export function ContactStep({
  values,
  onChange,
  onNext,
  onBack,
  problems,
  autoFocusHeading,
  submitting,
  submitError,
  honeypotRef,
}: ContactStepProps) {
  useLocale();
  const config = useScanConfig();
  const { form, formRef, submitWith, errorText } = useScanStepForm('contact', { values, onChange, problems });
  const { register, getValues } = form;
  const vaName = config.data?.va.name;

  return (
    <StepForm
      title={m.scan_step_contact()}
      intro={m.scan_contact_intro()}
      autoFocusHeading={autoFocusHeading}
      formRef={formRef}
      onSubmit={(event) => {
        if (submitting) {
          event.preventDefault();
          return;
        }
        submitWith(onNext)(event);
      }}
      onBack={onBack ? () => onBack(getValues()) : undefined}
      nextLabel={m.scan_submit()}
      busy={submitting}
      alert={submitError}
    >
      <TextField
        label={m.scan_contact_name()}
        autoComplete="name"
        maxLength={100}
        error={errorText('name')}
        {...register('name')}
      />
      <TextField
        label={m.scan_contact_email()}
        hint={m.scan_contact_email_hint()}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errorText('email')}
        {...register('email')}
      />
      <TextField
        label={m.scan_contact_company()}
        optionalText={m.scan_optional()}
        autoComplete="organization"
        maxLength={120}
        error={errorText('company')}
        {...register('company')}
      />
      <TextField
        label={m.scan_contact_phone()}
        optionalText={m.scan_optional()}
        type="tel"
        autoComplete="tel"
        maxLength={30}
        error={errorText('phone')}
        {...register('phone')}
      />
      <HoneypotField inputRef={honeypotRef} />

      <section aria-labelledby="privacy-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="privacy-heading" className="font-semibold text-stone-900">
          {m.scan_contact_privacy_heading()}
        </h2>
        <p className="text-sm text-stone-700">{vaName ? m.scan_contact_privacy_text({ vaName }) : m.scan_contact_privacy_text_neutral()}</p>
        <CheckboxField
          label={m.scan_contact_privacy_consent()}
          error={errorText('privacyConsent')}
          {...register('privacyConsent')}
        />
        <CheckboxField
          label={m.scan_contact_follow_up_consent()}
          hint={m.scan_contact_follow_up_hint()}
          {...register('followUpConsent')}
        />
      </section>
    </StepForm>
  );
}
