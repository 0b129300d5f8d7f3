import { useEffect, useRef, useState } from 'react';
import type { VaSettings, VaSettingsInput } from '#shared/schemas/admin-settings.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { showServerErrors } from '../../../lib/form-errors.ts';
import { m } from '../../../paraglide/messages.js';
import { useUpdateSettings } from '../api/update-settings.ts';
import { useSettingsForm } from '../hooks/use-settings-form.ts';
import { settingsServerErrors } from '../utils/validation.ts';
import { AboutSection } from './about-section.tsx';
import { BrandingSection } from './branding-section.tsx';
import { EmbedSection } from './embed-section.tsx';
import { OffersSection } from './offers-section.tsx';
import { RateSection } from './rate-section.tsx';
import { RetentionSection } from './retention-section.tsx';
import { TrustSection } from './trust-section.tsx';

type SaveOutcome = 'saved' | 'invalid' | 'offline' | 'signed-out' | 'expired' | 'too-large' | 'failed';

const failureText: Record<Exclude<SaveOutcome, 'saved'>, () => string> = {
  invalid: m.adminsettings_save_invalid,
  offline: m.adminsettings_save_offline,
  'signed-out': m.adminsettings_save_signed_out,
  expired: m.adminsettings_save_expired,
  'too-large': m.adminsettings_save_too_large,
  failed: m.adminsettings_save_failed,
};

function outcomeOf(error: Error): Exclude<SaveOutcome, 'saved' | 'invalid'> {
  // fetch rejects with a TypeError when there is no connection.
  if (!(error instanceof ApiRequestError)) return error instanceof TypeError ? 'offline' : 'failed';
  if (error.status === 401) return 'signed-out';
  if (error.status === 403) return 'expired';
  if (error.status === 413) return 'too-large';
  return 'failed';
}

type SettingsFormProps = {
  settings: VaSettings;
};

/**
 * The settings as one form in seven sections, saved all at once. While saving, the fields are
 * disabled (what is sent is what the VA sees); afterwards the form shows what the server stored.
 */
export function SettingsForm({ settings }: SettingsFormProps) {
  const { locale } = useLocale();
  const settingsForm = useSettingsForm(settings, locale);
  const { form, formRef, errorText, errorsShown, resetTo, recheck } = settingsForm;
  const save = useUpdateSettings();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const saving = save.isPending;
  const { isDirty } = form.formState;

  const send = (input: VaSettingsInput) => {
    const values = form.getValues();
    save.mutate(input, {
      onSuccess: (saved) => {
        resetTo(saved);
        setOutcome('saved');
      },
      onError: (error) => {
        if (error instanceof ApiRequestError && error.status === 422) {
          // The fields are disabled until the answer's render: errorsShown() focuses after it.
          const { fields } = showServerErrors(form, error.issues, { ...settingsServerErrors(values, input), focus: false });
          if (fields.length > 0) {
            errorsShown();
            setOutcome('invalid');
            return;
          }
        }
        setOutcome(outcomeOf(error));
      },
    });
  };

  const submit = form.handleSubmit(send, () => {
    errorsShown();
    setOutcome('invalid');
  });

  // The save bar sticks to the bottom of the window: a field that gets focus (Tab, or an error)
  // is scrolled clear of it, not behind it (WCAG 2.4.11).
  useEffect(() => {
    const root = document.documentElement;
    const previous = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = '8rem';
    return () => {
      root.style.scrollPaddingBottom = previous;
    };
  }, []);

  const failure = outcome !== null && outcome !== 'saved' ? failureText[outcome]() : null;
  const savedNow = outcome === 'saved' && !isDirty;

  return (
    <form
      ref={formRef}
      noValidate
      className="@container"
      onSubmit={(event) => {
        if (saving) {
          event.preventDefault();
          return;
        }
        // Enter in a field saves; the field is about to be disabled, so focus goes to the button.
        if (formRef.current?.contains(document.activeElement) && document.activeElement !== saveButton.current) {
          saveButton.current?.focus();
        }
        setOutcome(null);
        void submit(event);
      }}
    >
      <fieldset disabled={saving} className="min-w-0 space-y-6">
        <AboutSection form={form} errorText={errorText} />
        <BrandingSection form={form} errorText={errorText} recheck={recheck} />
        <RateSection form={form} errorText={errorText} />
        <OffersSection form={form} errorText={errorText} />
        <TrustSection form={form} errorText={errorText} />
        <EmbedSection form={form} errorText={errorText} settings={settings} />
        <RetentionSection form={form} errorText={errorText} />
      </fieldset>

      {/* Always in reach: what the state is, and the button that saves. */}
      <div className="sticky bottom-3 z-10 mt-6 rounded-xl border border-stone-300 bg-white px-4 py-3 shadow-lg sm:px-5">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <div className="min-w-0 flex-1 text-sm">
            {failure ? (
              <p role="alert" className="font-medium text-red-700">
                {failure}
              </p>
            ) : null}
            <p role="status" className="font-medium text-green-800">
              {savedNow ? m.adminsettings_saved() : ''}
            </p>
            {isDirty && !failure ? (
              <p className="flex items-center gap-2 text-stone-800">
                <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full bg-amber-500" />
                {m.adminsettings_unsaved()}
              </p>
            ) : null}
            {!isDirty && !savedNow && !failure ? <p className="text-stone-600">{m.adminsettings_no_changes()}</p> : null}
          </div>
          <Button
            ref={saveButton}
            type="submit"
            className="aria-disabled:cursor-wait aria-disabled:opacity-80"
            // Stays focusable while saving (aria-disabled, not disabled), so focus is not lost.
            aria-disabled={saving || undefined}
          >
            {saving ? m.adminsettings_saving() : m.adminsettings_save()}
          </Button>
        </div>
      </div>
    </form>
  );
}
