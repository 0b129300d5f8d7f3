import { useId, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { MAX_EMBED_ORIGINS, type VaSettings } from '#shared/schemas/admin-settings.ts';
import { LOCALES, type Locale } from '#shared/schemas/common.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useCopyText } from '../../../components/ui/use-copy-text.ts';
import { describedBy, FieldMessage, inputClass, TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useRemoveRow } from '../hooks/use-remove-row.ts';
import type { SettingsFormApi } from '../hooks/use-settings-form.ts';
import { embedSnippet } from '../utils/embed-snippet.ts';
import { emptyEmbedOrigin } from '../utils/form-values.ts';
import { FormSection } from './form-section.tsx';

type EmbedSectionProps = Pick<SettingsFormApi, 'form' | 'errorText'> & {
  /** The saved settings: the snippet's addresses, and the sites it works on now. */
  settings: VaSettings;
};

/**
 * The scan on her own site: the sites allowed to show it in a frame (saved with the form; the
 * server sends them as frame-ancestors on /embed) and the snippet to paste there.
 */
export function EmbedSection({ form, errorText, settings }: EmbedSectionProps) {
  useLocale();
  return (
    <FormSection id="settings-embed" title={m.adminsettings_embed_heading()} intro={m.adminsettings_embed_intro()}>
      <EmbedOriginsField form={form} errorText={errorText} />
      <EmbedSnippet urls={settings.embed} savedOrigins={settings.embedOrigins} />
    </FormSection>
  );
}

function EmbedOriginsField({ form, errorText }: Pick<SettingsFormApi, 'form' | 'errorText'>) {
  const { register, control } = form;
  const origins = useFieldArray({ control, name: 'embedOrigins' });
  const { addButton, removeRow } = useRemoveRow(origins.remove);
  const full = origins.fields.length >= MAX_EMBED_ORIGINS;
  const listError = errorText('embedOrigins');

  return (
    <fieldset aria-describedby={describedBy('embed-origins-hint', listError ? 'embed-origins-error' : null)}>
      <legend className="font-medium text-stone-900">{m.adminsettings_embed_origins()}</legend>
      <p id="embed-origins-hint" className="mt-1 text-sm text-stone-600">
        {m.adminsettings_embed_origins_hint({ max: MAX_EMBED_ORIGINS })}
      </p>
      {listError ? <FieldMessage id="embed-origins-error">{listError}</FieldMessage> : null}
      {origins.fields.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-stone-400 px-4 py-3 text-stone-700">
          {m.adminsettings_embed_origins_none()}
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {origins.fields.map((row, index) => {
            const number = index + 1;
            return (
              <li key={row.id} className="flex flex-wrap items-end gap-x-3 gap-y-2">
                <TextField
                  className="min-w-0 flex-1 basis-64"
                  label={m.adminsettings_embed_origin_label({ number })}
                  type="url"
                  inputMode="url"
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={m.adminsettings_embed_origin_placeholder()}
                  error={errorText(`embedOrigins.${index}.origin`)}
                  {...register(`embedOrigins.${index}.origin`)}
                />
                <Button
                  variant="secondary"
                  className="text-sm"
                  aria-label={m.adminsettings_embed_origin_remove_label({ number })}
                  onClick={() => removeRow(index)}
                >
                  <span aria-hidden="true">✕</span>
                  {m.adminsettings_remove()}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button
          ref={addButton}
          variant="secondary"
          disabled={full}
          onClick={() => origins.append(emptyEmbedOrigin(), { focusName: `embedOrigins.${origins.fields.length}.origin` })}
        >
          <span aria-hidden="true">+</span>
          {m.adminsettings_embed_origin_add()}
        </Button>
        {full ? <p className="text-sm text-stone-600">{m.adminsettings_embed_origins_full({ max: MAX_EMBED_ORIGINS })}</p> : null}
      </div>
    </fieldset>
  );
}

const languageNames: Record<Locale, () => string> = {
  nl: m.adminsettings_language_nl,
  en: m.adminsettings_language_en,
};

/** The code to paste, in the scan's language of her choice, with a copy button that says what happened. */
function EmbedSnippet({ urls, savedOrigins }: { urls: VaSettings['embed']; savedOrigins: string[] }) {
  const headingId = useId();
  const codeId = useId();
  const noteId = useId();
  const [language, setLanguage] = useState<Locale>('nl');
  const snippet = embedSnippet(urls, language);
  const { field: code, outcome: copied, copy, reset: resetCopied } = useCopyText<HTMLTextAreaElement>(snippet);

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-300 p-4 sm:p-5">
      <h3 id={headingId} className="text-lg font-semibold text-stone-900">
        {m.adminsettings_embed_code_heading()}
      </h3>
      <p id={noteId} className="mt-1 max-w-prose text-stone-700">
        {m.adminsettings_embed_code_intro()}
      </p>
      {savedOrigins.length === 0 ? (
        <p className="mt-3 flex items-start gap-2 rounded-lg bg-amber-50 px-4 py-3 text-stone-800 ring-1 ring-amber-300">
          <span aria-hidden="true" className="mt-1.5 size-2.5 shrink-0 rounded-full bg-amber-500" />
          {m.adminsettings_embed_code_no_origins()}
        </p>
      ) : (
        <p className="mt-3 text-sm text-stone-700">
          {m.adminsettings_embed_code_works_on({ origins: savedOrigins.join(', ') })}
        </p>
      )}

      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-stone-800">{m.adminsettings_embed_language()}</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {LOCALES.map((option) => (
            <label
              key={option}
              className="flex min-h-10 cursor-pointer items-center gap-3 rounded-lg border border-stone-400 bg-white px-3 py-1.5 text-sm hover:border-brand-600 has-checked:border-brand-600 has-checked:bg-brand-50"
            >
              <input
                type="radio"
                name="embed-language"
                value={option}
                checked={language === option}
                onChange={() => {
                  setLanguage(option);
                  resetCopied();
                }}
                className="size-5 shrink-0 accent-brand-600"
              />
              {languageNames[option]()}
            </label>
          ))}
        </div>
      </fieldset>

      <label htmlFor={codeId} className="mt-4 block font-medium text-stone-900">
        {m.adminsettings_embed_code_label()}
      </label>
      <textarea
        id={codeId}
        ref={code}
        readOnly
        rows={5}
        spellCheck={false}
        value={snippet}
        aria-describedby={noteId}
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClass} mt-1.5 font-mono text-sm break-all`}
      />
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <Button variant="secondary" onClick={() => void copy()}>
          {m.adminsettings_embed_copy()}
        </Button>
        <p role="status" className={`text-sm font-medium ${copied === 'failed' ? 'text-red-700' : 'text-green-800'}`}>
          {copied === 'copied' ? m.adminsettings_embed_copied() : copied === 'failed' ? m.adminsettings_embed_copy_failed() : ''}
        </p>
      </div>
    </section>
  );
}
