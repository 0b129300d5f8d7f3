import { useWatch } from 'react-hook-form';
import { contrastRatio, isHexColour, isReadableWithWhiteText, WHITE } from '#shared/branding/contrast.ts';
import { DEFAULT_BRAND_COLOR } from '#shared/schemas/admin-settings.ts';
import { describedBy, FieldMessage, fieldIds, inputClass } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { formatMinimumRatio, formatRatio } from '../utils/error-text.ts';

type BrandColourFieldProps = Pick<SettingsFormApi, 'form' | 'errorText' | 'recheck'>;

/**
 * The brand colour: the browser's colour picker and the hex code side by side (either one sets
 * it), a preview with white text as the scan shows it, and the contrast as it is typed.
 */
export function BrandColourField({ form, errorText, recheck }: BrandColourFieldProps) {
  const { locale } = useLocale();
  const { register, setValue, trigger, control } = form;
  const value = useWatch({ control, name: 'brandColor' });
  const colour = value.trim().toLowerCase();
  const valid = isHexColour(colour);
  const ratio = valid ? contrastRatio(colour, WHITE) : null;
  const readable = valid && isReadableWithWhiteText(colour);
  // The picker and the preview need a colour even while the code is half typed.
  const shown = valid ? colour : DEFAULT_BRAND_COLOR;

  const ids = fieldIds('brandColor');
  const pickerId = `${ids.input}-picker`;
  const contrastId = `${ids.input}-contrast`;
  const error = errorText('brandColor');

  return (
    <fieldset>
      <legend className="font-medium text-stone-900">{m.adminsettings_colour()}</legend>
      <p className="mt-1 text-sm text-stone-600">{m.adminsettings_colour_hint()}</p>
      <div className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-4">
        <div className="flex items-end gap-3">
          <div>
            <label htmlFor={pickerId} className="block text-sm font-medium text-stone-800">
              {m.adminsettings_colour_picker()}
            </label>
            <input
              id={pickerId}
              type="color"
              value={shown}
              aria-describedby={contrastId}
              onChange={(event) => {
                setValue('brandColor', event.target.value, { shouldDirty: true });
                if (recheck.current) void trigger('brandColor');
              }}
              className="mt-1.5 block h-11.5 w-16 cursor-pointer rounded-lg border border-stone-500 bg-white p-1"
            />
          </div>
          <div>
            <label htmlFor={ids.input} className="block text-sm font-medium text-stone-800">
              {m.adminsettings_colour_code()}
            </label>
            <div className="mt-1.5 w-32">
              <input
                id={ids.input}
                type="text"
                autoComplete="off"
                spellCheck={false}
                maxLength={7}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(contrastId, error ? ids.error : null)}
                className={`${inputClass} font-mono`}
                {...register('brandColor')}
              />
            </div>
          </div>
        </div>
        <div className="min-w-0 flex-1 basis-56">
          <p className="text-sm font-medium text-stone-800">{m.adminsettings_colour_preview()}</p>
          {/* A picture of the result; the contrast is told in words next to it. */}
          <div
            aria-hidden="true"
            className="mt-1.5 flex min-h-11 items-center justify-between gap-3 rounded-lg px-4 py-2.5 font-medium text-white"
            style={{ backgroundColor: shown }}
          >
            <span>{m.adminsettings_colour_preview_text()}</span>
            <span>→</span>
          </div>
        </div>
      </div>
      <p
        id={contrastId}
        aria-live="polite"
        className={`mt-3 flex items-start gap-1.5 text-sm ${readable ? 'text-stone-700' : 'text-red-700'}`}
      >
        <span aria-hidden="true" className="font-semibold">
          {ratio === null ? '' : readable ? '✓' : '✕'}
        </span>
        <span>
          {ratio === null
            ? m.adminsettings_colour_format_hint()
            : readable
              ? m.adminsettings_colour_contrast_ok({ ratio: formatRatio(ratio, locale), minimum: formatMinimumRatio(locale) })
              : m.adminsettings_colour_contrast_low({ ratio: formatRatio(ratio, locale), minimum: formatMinimumRatio(locale) })}
        </span>
      </p>
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </fieldset>
  );
}
