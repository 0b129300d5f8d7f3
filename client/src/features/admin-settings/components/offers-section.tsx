import { useFieldArray, useWatch } from 'react-hook-form';
import {
  MAX_BRIEFING_SHARE_PERCENT,
  MAX_BUNDLES,
} from '#shared/schemas/admin-settings.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField } from '../../../components/ui/choice-group.tsx';
import { describedBy, FieldMessage, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useRemoveRow } from '../hooks/use-remove-row.ts';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { emptyBundle } from '../utils/form-values.ts';
import { FormSection } from './form-section.tsx';

type OffersSectionProps = Pick<SettingsFormApi, 'form' | 'errorText'>;

/**
 * What she sells besides monthly packages (a trial task, prepaid bundles) and the share of each
 * handed-over task her client keeps for briefing and checking. The advice picks the start from
 * these, so a prospect is offered what she really sells, at its real price.
 */
export function OffersSection({ form, errorText }: OffersSectionProps) {
  useLocale();
  const { register, control } = form;
  const trialEnabled = useWatch({ control, name: 'offers.trialEnabled' });
  const bundles = useFieldArray({ control, name: 'offers.prepaidBundles' });
  const { addButton, removeRow } = useRemoveRow(bundles.remove);
  const full = bundles.fields.length >= MAX_BUNDLES;
  const listError = errorText('offers.prepaidBundles');

  return (
    <FormSection id="settings-offers" title={m.adminsettings_offers_heading()} intro={m.adminsettings_offers_intro()}>
      <fieldset className="space-y-3">
        <legend className="sr-only">{m.adminsettings_trial_enabled()}</legend>
        <CheckboxField label={m.adminsettings_trial_enabled()} {...register('offers.trialEnabled')} />
        {trialEnabled ? (
          <div className="space-y-3 rounded-xl border border-stone-300 bg-stone-50 p-4">
            <TextField
              label={`${m.adminsettings_trial_description()} (${m.adminsettings_language_nl()})`}
              hint={m.adminsettings_trial_description_hint()}
              maxLength={200}
              error={errorText('offers.trialTask.description.nl')}
              {...register('offers.trialTask.description.nl')}
            />
            <TextField
              label={`${m.adminsettings_trial_description()} (${m.adminsettings_language_en()})`}
              maxLength={200}
              error={errorText('offers.trialTask.description.en')}
              {...register('offers.trialTask.description.en')}
            />
            <div className="flex flex-wrap gap-4">
              <TextField
                label={m.adminsettings_trial_hours()}
                suffix={m.adminsettings_hours_unit()}
                width="short"
                inputMode="numeric"
                autoComplete="off"
                error={errorText('offers.trialTask.hours')}
                {...register('offers.trialTask.hours')}
              />
              <TextField
                label={m.adminsettings_trial_price()}
                prefix="€"
                width="short"
                inputMode="decimal"
                autoComplete="off"
                error={errorText('offers.trialTask.price')}
                {...register('offers.trialTask.price')}
              />
            </div>
          </div>
        ) : null}
      </fieldset>

      <fieldset aria-describedby={describedBy('bundles-hint', listError ? 'bundles-error' : null)}>
        <legend className="font-medium text-stone-900">{m.adminsettings_bundles()}</legend>
        <p id="bundles-hint" className="mt-1 text-sm text-stone-600">
          {m.adminsettings_bundles_hint({ max: MAX_BUNDLES })}
        </p>
        {listError ? <FieldMessage id="bundles-error">{listError}</FieldMessage> : null}
        <ol className="mt-3 space-y-3">
          {bundles.fields.map((row, index) => {
            const number = index + 1;
            const rowName = (
              <>
                {' '}
                <span className="sr-only">({m.adminsettings_bundle_number({ number })})</span>
              </>
            );
            return (
              <li
                key={row.id}
                className="flex flex-wrap items-start gap-x-4 gap-y-3 rounded-xl border border-stone-300 bg-stone-50 p-4"
              >
                <TextField
                  label={
                    <>
                      {m.adminsettings_bundle_hours()}
                      {rowName}
                    </>
                  }
                  suffix={m.adminsettings_hours_unit()}
                  width="short"
                  inputMode="numeric"
                  autoComplete="off"
                  error={errorText(`offers.prepaidBundles.${index}.hours`)}
                  {...register(`offers.prepaidBundles.${index}.hours`)}
                />
                <TextField
                  label={
                    <>
                      {m.adminsettings_bundle_price()}
                      {rowName}
                    </>
                  }
                  prefix="€"
                  width="short"
                  inputMode="decimal"
                  autoComplete="off"
                  error={errorText(`offers.prepaidBundles.${index}.price`)}
                  {...register(`offers.prepaidBundles.${index}.price`)}
                />
                <TextField
                  label={
                    <>
                      {m.adminsettings_bundle_valid()}
                      {rowName}
                    </>
                  }
                  suffix={m.adminsettings_months_unit()}
                  width="short"
                  inputMode="numeric"
                  autoComplete="off"
                  error={errorText(`offers.prepaidBundles.${index}.validMonths`)}
                  {...register(`offers.prepaidBundles.${index}.validMonths`)}
                />
                <Button
                  variant="secondary"
                  className="self-end text-sm"
                  aria-label={m.adminsettings_bundle_remove_label({ number })}
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
            onClick={() =>
              bundles.append(emptyBundle(), { focusName: `offers.prepaidBundles.${bundles.fields.length}.hours` })
            }
          >
            <span aria-hidden="true">+</span>
            {m.adminsettings_bundle_add()}
          </Button>
          {full ? <p className="text-sm text-stone-600">{m.adminsettings_bundles_full({ max: MAX_BUNDLES })}</p> : null}
        </div>
      </fieldset>

      <TextField
        label={m.adminsettings_briefing_share()}
        hint={m.adminsettings_briefing_share_hint({ min: 0, max: MAX_BRIEFING_SHARE_PERCENT })}
        suffix={m.adminsettings_percent_unit()}
        width="short"
        inputMode="numeric"
        autoComplete="off"
        error={errorText('briefingSharePercent')}
        {...register('briefingSharePercent')}
      />
    </FormSection>
  );
}
