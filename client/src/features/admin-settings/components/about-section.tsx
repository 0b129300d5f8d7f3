import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { FormSection } from './form-section.tsx';

type AboutSectionProps = Pick<SettingsFormApi, 'form' | 'errorText'>;

/** Who she is and how prospects reach her: name, reply address, booking link, signature. */
export function AboutSection({ form, errorText }: AboutSectionProps) {
  useLocale();
  const { register } = form;
  return (
    <FormSection id="settings-about" title={m.adminsettings_about_heading()} intro={m.adminsettings_about_intro()}>
      <div className="grid gap-6 @3xl:grid-cols-2">
        <TextField
          label={m.adminsettings_name()}
          hint={m.adminsettings_name_hint()}
          autoComplete="name"
          maxLength={100}
          error={errorText('vaName')}
          {...register('vaName')}
        />
        <TextField
          label={m.adminsettings_reply_email()}
          hint={m.adminsettings_reply_email_hint()}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          error={errorText('replyEmail')}
          {...register('replyEmail')}
        />
      </div>
      <TextField
        label={m.adminsettings_booking_url()}
        optionalText={m.adminsettings_optional()}
        hint={m.adminsettings_booking_url_hint()}
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        placeholder="https://"
        error={errorText('bookingUrl')}
        {...register('bookingUrl')}
      />
      <TextAreaField
        label={m.adminsettings_signature()}
        hint={m.adminsettings_signature_hint()}
        rows={4}
        error={errorText('emailSignature')}
        {...register('emailSignature')}
      />
    </FormSection>
  );
}
