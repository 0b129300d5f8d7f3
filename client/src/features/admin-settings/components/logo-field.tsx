import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { LOGO_IMAGE_TYPES, MAX_LOGO_BYTES } from '#shared/schemas/admin-settings.ts';
import { Button } from '../../../components/ui/button.tsx';
import { describedBy, FieldHint, FieldMessage, fieldIds } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { fieldErrorText } from '../utils/error-text.ts';
import { logoProblem, type SettingsErrorCode } from '../utils/validation.ts';

type LogoFieldProps = Pick<SettingsFormApi, 'form' | 'errorText'>;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * The logo: a file is read in the browser as a data: URL (nothing is uploaded until Save),
 * checked with the shared rules and previewed. A refused file leaves the current logo as it was.
 */
export function LogoField({ form, errorText }: LogoFieldProps) {
  const { locale } = useLocale();
  // useWatch + setValue rather than useController: the scan's bundle holds the same parts of
  // react-hook-form, so the back office adds none of it to the scan's first load.
  const logo = useWatch({ control: form.control, name: 'logoDataUrl' });
  const setLogo = (value: string | null) => form.setValue('logoDataUrl', value, { shouldDirty: true });
  const fileInput = useRef<HTMLInputElement>(null);
  // Why the last chosen file was refused; the form's own error (from Save or the server) otherwise.
  const [fileProblem, setFileProblem] = useState<SettingsErrorCode | null>(null);
  const ids = fieldIds('logoDataUrl');
  const error = fileProblem ? fieldErrorText(fileProblem, locale) : errorText('logoDataUrl');

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const refuse = (problem: SettingsErrorCode) => {
      setFileProblem(problem);
      if (fileInput.current) fileInput.current.value = '';
    };
    if (!(LOGO_IMAGE_TYPES as readonly string[]).includes(file.type)) return refuse({ code: 'logo-type' });
    if (file.size > MAX_LOGO_BYTES) return refuse({ code: 'logo-too-large', maxKb: MAX_LOGO_BYTES / 1024 });
    let dataUrl: string;
    try {
      dataUrl = await readAsDataUrl(file);
    } catch {
      return refuse({ code: 'logo-invalid' });
    }
    const problem = logoProblem(dataUrl);
    if (problem) return refuse(problem);
    setFileProblem(null);
    form.clearErrors('logoDataUrl');
    setLogo(dataUrl);
  };

  const remove = () => {
    setFileProblem(null);
    form.clearErrors('logoDataUrl');
    setLogo(null);
    if (fileInput.current) {
      fileInput.current.value = '';
      // Focus would otherwise be lost with the button that just disappeared.
      fileInput.current.focus();
    }
  };

  return (
    <fieldset aria-describedby={describedBy(ids.hint, error ? ids.error : null)}>
      <legend className="font-medium text-stone-900">{m.adminsettings_logo()}</legend>
      <FieldHint id={ids.hint}>{m.adminsettings_logo_hint({ max: MAX_LOGO_BYTES / 1024 })}</FieldHint>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <div className="grid h-24 w-40 shrink-0 place-items-center overflow-hidden rounded-lg border border-dashed border-stone-400 bg-stone-50 p-2">
          {logo ? (
            <img src={logo} alt={m.adminsettings_logo_preview_alt()} className="max-h-full max-w-full object-contain" />
          ) : (
            <span className="text-sm text-stone-600">{m.adminsettings_logo_none()}</span>
          )}
        </div>
        <div className="flex min-w-0 flex-col items-start gap-1">
          {/* The native file input, visually replaced by its label (the browser's own button
              speaks the browser's language, not the page's); it keeps focus and the keyboard. */}
          <input
            ref={fileInput}
            id={ids.input}
            type="file"
            accept={LOGO_IMAGE_TYPES.join(',')}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(ids.hint, error ? ids.error : null)}
            onChange={(event) => void choose(event.target.files?.[0])}
            className="peer sr-only"
          />
          <label
            htmlFor={ids.input}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-4 py-2 font-medium text-stone-800 transition-colors hover:border-brand-600 hover:bg-brand-50 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:text-stone-500 peer-aria-invalid:border-red-700"
          >
            <span aria-hidden="true">↑</span>
            {logo ? m.adminsettings_logo_replace() : m.adminsettings_logo_choose()}
          </label>
          {logo ? (
            <Button variant="quiet" className="-ml-2 px-2 text-sm" onClick={remove}>
              <span aria-hidden="true">✕</span>
              {m.adminsettings_logo_remove()}
            </Button>
          ) : null}
        </div>
      </div>
      {error ? <FieldMessage id={ids.error}>{error}</FieldMessage> : null}
    </fieldset>
  );
}
