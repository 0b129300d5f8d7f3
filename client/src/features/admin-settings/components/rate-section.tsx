import { useFieldArray, useWatch } from 'react-hook-form';
import { divRound } from '#shared/delegation/money.ts';
import { formatCents } from '#shared/format/format.ts';
import { MAX_PACKAGE_HOURS, MAX_PACKAGES } from '#shared/schemas/admin-settings.ts';
import { Button } from '../../../components/ui/button.tsx';
import { describedBy, FieldMessage, fieldIds, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useRemoveRow } from '../hooks/use-remove-row.ts';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { emptyPackage, type PackageFormValues } from '../utils/form-values.ts';
import { eurosToCents, toNumber } from '../utils/parse-number.ts';
import { FormSection } from './form-section.tsx';

type RateSectionProps = Pick<SettingsFormApi, 'form' | 'errorText'>;

/** A package's price per hour, once its hours and price read as valid numbers. */
function pricePerHourCents(pkg: PackageFormValues | undefined): number | null {
  if (!pkg) return null;
  const hours = toNumber(pkg.hours);
  const cents = eurosToCents(pkg.price);
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_PACKAGE_HOURS) return null;
  if (!Number.isSafeInteger(cents) || cents < 1) return null;
  return divRound(cents, hours);
}

/** Her hourly rate and the monthly hour packages she sells, all excl. BTW. */
export function RateSection({ form, errorText }: RateSectionProps) {
  const { locale } = useLocale();
  const { register, control } = form;
  const packages = useFieldArray({ control, name: 'packages' });
  const values = useWatch({ control, name: 'packages' });
  const { addButton, removeRow } = useRemoveRow(packages.remove);
  const full = packages.fields.length >= MAX_PACKAGES;
  const listError = errorText('packages');

  return (
    <FormSection id="settings-rate" title={m.adminsettings_rate_heading()} intro={m.adminsettings_rate_intro()}>
      <TextField
        label={m.adminsettings_hourly_rate()}
        hint={m.adminsettings_hourly_rate_hint()}
        prefix="€"
        suffix={m.adminsettings_per_hour()}
        width="short"
        inputMode="decimal"
        autoComplete="off"
        error={errorText('hourlyRate')}
        {...register('hourlyRate')}
      />

      <fieldset aria-describedby={describedBy('packages-hint', listError ? 'packages-error' : null)}>
        <legend className="font-medium text-stone-900">{m.adminsettings_packages()}</legend>
        <p id="packages-hint" className="mt-1 text-sm text-stone-600">
          {m.adminsettings_packages_hint({ max: MAX_PACKAGES })}
        </p>
        {listError ? <FieldMessage id="packages-error">{listError}</FieldMessage> : null}
        <ol className="mt-3 space-y-3">
          {packages.fields.map((row, index) => {
            const number = index + 1;
            const perHour = pricePerHourCents(values[index]);
            const perHourId = `${fieldIds(`packages.${index}.price`).input}-per-hour`;
            const priceError = errorText(`packages.${index}.price`);
            const rowName = (
              <>
                {' '}
                <span className="sr-only">({m.adminsettings_package_number({ number })})</span>
              </>
            );
            return (
              <li
                key={row.id}
                className="grid gap-x-4 gap-y-3 rounded-xl border border-stone-300 bg-stone-50 p-4 @lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] @lg:items-start"
              >
                <TextField
                  label={
                    <>
                      {m.adminsettings_package_hours()}
                      {rowName}
                    </>
                  }
                  suffix={m.adminsettings_hours_unit()}
                  width="short"
                  inputMode="numeric"
                  autoComplete="off"
                  error={errorText(`packages.${index}.hours`)}
                  {...register(`packages.${index}.hours`)}
                />
                <div>
                  <TextField
                    label={
                      <>
                        {m.adminsettings_package_price()}
                        {rowName}
                      </>
                    }
                    prefix="€"
                    width="short"
                    inputMode="decimal"
                    autoComplete="off"
                    error={priceError}
                    aria-describedby={describedBy(perHourId, priceError ? fieldIds(`packages.${index}.price`).error : null)}
                    {...register(`packages.${index}.price`)}
                  />
                  <p id={perHourId} className="mt-1.5 text-sm text-stone-700">
                    {perHour === null
                      ? m.adminsettings_package_per_hour_unknown()
                      : m.adminsettings_package_per_hour({ amount: formatCents(perHour, locale) })}
                  </p>
                </div>
                <Button
                  variant="secondary"
                  className="justify-self-start text-sm @lg:mt-7"
                  disabled={packages.fields.length <= 1}
                  aria-label={m.adminsettings_package_remove_label({ number })}
                  onClick={() => removeRow(index)}
                >
                  <span aria-hidden="true">✕</span>
                  {m.adminsettings_remove()}
                </Button>
              </li>
            );
          })}
        </ol>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button
            ref={addButton}
            variant="secondary"
            disabled={full}
            onClick={() => packages.append(emptyPackage(), { focusName: `packages.${packages.fields.length}.hours` })}
          >
            <span aria-hidden="true">+</span>
            {m.adminsettings_package_add()}
          </Button>
          {full ? <p className="text-sm text-stone-600">{m.adminsettings_packages_full({ max: MAX_PACKAGES })}</p> : null}
        </div>
      </fieldset>
    </FormSection>
  );
}
