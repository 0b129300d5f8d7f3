import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { BrandColourField } from './brand-colour-field.tsx';
import { FormSection } from './form-section.tsx';
import { LogoField } from './logo-field.tsx';

type BrandingSectionProps = Pick<SettingsFormApi, 'form' | 'errorText' | 'recheck'>;

/** How the scan looks: her logo and brand colour. */
export function BrandingSection({ form, errorText, recheck }: BrandingSectionProps) {
  useLocale();
  return (
    <FormSection id="settings-branding" title={m.adminsettings_branding_heading()} intro={m.adminsettings_branding_intro()}>
      <LogoField form={form} errorText={errorText} />
      <BrandColourField form={form} errorText={errorText} recheck={recheck} />
    </FormSection>
  );
}
