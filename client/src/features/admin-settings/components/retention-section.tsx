import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from '#shared/schemas/admin-settings.ts';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { FormSection } from './form-section.tsx';

type RetentionSectionProps = Pick<SettingsFormApi, 'form' | 'errorText'>;

/** How long intakes are kept (AVG): those not marked client are erased after this period. */
export function RetentionSection({ form, errorText }: RetentionSectionProps) {
  useLocale();
  return (
    <FormSection id="settings-retention" title={m.adminsettings_retention_heading()} intro={m.adminsettings_retention_intro()}>
      <TextField
        label={m.adminsettings_retention_months()}
        hint={m.adminsettings_retention_months_hint({ min: MIN_RETENTION_MONTHS, max: MAX_RETENTION_MONTHS })}
        suffix={m.adminsettings_months_unit()}
        width="short"
        inputMode="numeric"
        autoComplete="off"
        error={errorText('retentionMonths')}
        {...form.register('retentionMonths')}
      />
    </FormSection>
  );
}
