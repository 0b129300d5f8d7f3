import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { get, useForm, useWatch, type FieldError, type Path, type UseFormReturn } from 'react-hook-form';
import { Link, useLocation } from 'wouter';
import type { Locale } from '#shared/schemas/common.ts';
import { MAX_BODY_LENGTH, MAX_SCHEDULE_DAYS, MAX_SUBJECT_LENGTH, type EmailTemplate, type EmailTemplateInput } from '#shared/schemas/email.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField } from '../../../components/ui/choice-group.tsx';
import { TextAreaField, TextField, fieldIds } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { showServerErrors } from '../../../lib/form-errors.ts';
import { m } from '../../../paraglide/messages.js';
import { TEMPLATES_PATH } from '../utils/paths.ts';
import { noticeClass, panelClass, secondaryLinkClass } from '../../../components/admin/styles.ts';
import { useCreateEmailTemplate } from '../api/create-email-template.ts';
import { useUpdateEmailTemplate } from '../api/update-email-template.ts';
import { EMPTY_TEMPLATE, TemplateForm as TemplateFormSchema, templateServerErrors, toFormValues, type TemplateFormValues } from '../../../lib/admin/template-form.ts';
import { decodeTextError, textErrorText } from '../../../lib/admin/text-errors.ts';
import type { TemplatesNotice } from './email-templates-page.tsx';
import { MergeFieldButtons, MergeFieldGuide, useMergeFieldInsert } from '../../../components/admin/merge-fields.tsx';

type Form = UseFormReturn<TemplateFormValues, unknown, EmailTemplateInput>;
type SaveFailure = 'invalid' | 'offline' | 'expired' | 'failed';

const failureText: Record<SaveFailure, () => string> = {
  invalid: m.emailtemplates_save_invalid,
  offline: m.emailtemplates_save_offline,
  expired: m.emailtemplates_save_expired,
  failed: m.emailtemplates_save_failed,
};

function failureOf(error: Error): SaveFailure {
  // fetch rejects with a TypeError when there is no connection.
  if (!(error instanceof ApiRequestError)) return error instanceof TypeError ? 'offline' : 'failed';
  if (error.status === 401 || error.status === 403) return 'expired';
  return 'failed';
}

/**
 * A template's editor: its name, subject and text in Dutch and English side by side (stacked on
 * a phone), merge-field buttons that insert at the cursor, and the schedule. Validated by the
 * shared schema; the server's refusals show on their fields. Saving goes back to the list.
 */
export function TemplateForm({ template }: { template: EmailTemplate | null }) {
  useLocale();
  const [, navigate] = useLocation();
  const form: Form = useForm<TemplateFormValues, unknown, EmailTemplateInput>({
    defaultValues: template ? toFormValues(template) : EMPTY_TEMPLATE,
    resolver: zodResolver(TemplateFormSchema),
    shouldFocusError: false,
  });
  const create = useCreateEmailTemplate();
  const update = useUpdateEmailTemplate();
  const saving = create.isPending || update.isPending;
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);

  // After a refused save, the first field with a message gets focus once it shows (react-hook-form
  // may publish the errors in a render after the one that says the save was refused).
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!firstInvalid) return;
    focusPending.current = false;
    firstInvalid.focus();
  });

  // Leaving (reload, closing the tab) with unsaved changes asks first.
  const { isDirty } = form.formState;
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const send = (input: EmailTemplateInput) => {
    const values = form.getValues();
    const done = (saved: EmailTemplate) => {
      form.reset(toFormValues(saved));
      const notice: TemplatesNotice = { kind: template ? 'updated' : 'created', name: saved.name };
      navigate(TEMPLATES_PATH, { state: notice });
    };
    const refused = (error: Error) => {
      if (error instanceof ApiRequestError && error.status === 422) {
        // The fields are disabled until the answer's render: the focus waits for it (above).
        const { fields } = showServerErrors(form, error.issues, { ...templateServerErrors(values), focus: false });
        focusPending.current = fields.length > 0;
        setFailure('invalid');
        return;
      }
      setFailure(failureOf(error));
    };
    if (template) update.mutate({ id: template.id, input }, { onSuccess: done, onError: refused });
    else create.mutate(input, { onSuccess: done, onError: refused });
  };

  const refuseInvalid = () => {
    focusPending.current = true;
    setFailure('invalid');
  };

  /** The error at a form path as a sentence in the current language (during render). */
  const errorText = (path: string): string | undefined => {
    const error: FieldError | undefined = get(form.formState.errors, path);
    return error?.message === undefined ? undefined : textErrorText(decodeTextError(error.message));
  };

  return (
    <form
      ref={formRef}
      noValidate
      className="mt-6"
      onSubmit={(event) => {
        if (saving) {
          event.preventDefault();
          return;
        }
        // The fields are disabled while saving: focus waits on the button.
        if (document.activeElement !== saveButton.current) saveButton.current?.focus();
        setFailure(null);
        focusPending.current = false;
        void form.handleSubmit(send, refuseInvalid)(event);
      }}
    >
      <fieldset disabled={saving} className="min-w-0 space-y-6">
        <TextField
          label={m.emailtemplates_name()}
          hint={m.emailtemplates_name_hint()}
          maxLength={80}
          autoComplete="off"
          error={errorText('name')}
          className="max-w-xl"
          {...form.register('name')}
        />

        <section aria-labelledby="merge-fields-heading" className={panelClass}>
          <h2 id="merge-fields-heading" className="text-lg font-semibold text-stone-900">
            {m.emailtemplates_fields_heading()}
          </h2>
          <p className="mt-1 max-w-prose text-stone-700">{m.emailtemplates_fields_intro()}</p>
          <MergeFieldGuide />
        </section>

        <div className="grid gap-6 lg:grid-cols-2">
          <LanguageFields locale="nl" form={form} errorText={errorText} />
          <LanguageFields locale="en" form={form} errorText={errorText} />
        </div>

        <ScheduleFields form={form} errorText={errorText} />
      </fieldset>

      <div className="mt-6 flex flex-wrap items-center gap-3">
        <Button
          ref={saveButton}
          type="submit"
          className="aria-disabled:cursor-wait aria-disabled:opacity-80"
          aria-disabled={saving || undefined}
        >
          {saving ? m.emailtemplates_saving() : m.emailtemplates_save()}
        </Button>
        <Link href={TEMPLATES_PATH} className={secondaryLinkClass}>
          {m.emailtemplates_cancel()}
        </Link>
      </div>
      {failure ? (
        <p role="alert" className={`mt-3 ${noticeClass.error}`}>
          {failureText[failure]()}
        </p>
      ) : null}
    </form>
  );
}

type FieldsProps = { form: Form; errorText: (path: string) => string | undefined };

/** One language's subject and text, with the merge-field buttons for both. */
function LanguageFields({ locale, form, errorText }: FieldsProps & { locale: Locale }) {
  useLocale();
  const subject = `subject.${locale}` as const;
  const body = `body.${locale}` as const;
  const language = locale === 'nl' ? m.emailtemplates_in_nl() : m.emailtemplates_in_en();
  const { remember, insert } = useMergeFieldInsert(
    (name, text) =>
      form.setValue(name as Path<TemplateFormValues>, text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
    () => document.getElementById(fieldIds(body).input) as HTMLTextAreaElement | null,
  );

  return (
    <div role="group" aria-labelledby={`template-${locale}-heading`} className={`min-w-0 space-y-4 ${panelClass}`}>
      <h2 id={`template-${locale}-heading`} className="text-lg font-semibold text-stone-900">
        {locale === 'nl' ? m.emailtemplates_language_nl() : m.emailtemplates_language_en()}
      </h2>
      <TextField
        label={
          <>
            {m.emailtemplates_subject()} <span className="sr-only">{language}</span>
          </>
        }
        maxLength={MAX_SUBJECT_LENGTH}
        autoComplete="off"
        lang={locale}
        error={errorText(subject)}
        onFocus={remember}
        {...form.register(subject)}
      />
      <div>
        <TextAreaField
          label={
            <>
              {m.emailtemplates_body()} <span className="sr-only">{language}</span>
            </>
          }
          hint={m.emailtemplates_body_hint()}
          rows={12}
          maxLength={MAX_BODY_LENGTH}
          lang={locale}
          error={errorText(body)}
          onFocus={remember}
          {...form.register(body)}
        />
        <MergeFieldButtons label={m.emailtemplates_fields_group({ language })} onInsert={insert} />
      </div>
    </div>
  );
}

/** "Send automatically after [n] days": what it applies to, and what switching it off does. */
function ScheduleFields({ form, errorText }: FieldsProps) {
  useLocale();
  const enabled = useWatch({ control: form.control, name: 'schedule.enabled' });
  return (
    <div role="group" aria-labelledby="schedule-heading" aria-describedby="schedule-hint" className={`min-w-0 ${panelClass}`}>
      <h2 id="schedule-heading" className="text-lg font-semibold text-stone-900">
        {m.emailtemplates_schedule_legend()}
      </h2>
      <p id="schedule-hint" className="mt-1 max-w-prose text-sm text-stone-700">
        {m.emailtemplates_schedule_hint()}
      </p>
      <CheckboxField
        label={m.emailtemplates_schedule_enabled()}
        className="mt-4"
        {...form.register('schedule.enabled', {
          // Switching it on asks for the days: they are checked from then on.
          onChange: () => {
            if (form.formState.isSubmitted) void form.trigger('schedule.delayDays');
          },
        })}
      />
      <TextField
        label={m.emailtemplates_schedule_days()}
        suffix={m.emailtemplates_schedule_days_suffix()}
        width="short"
        inputMode="numeric"
        autoComplete="off"
        maxLength={String(MAX_SCHEDULE_DAYS).length + 1}
        className="mt-4"
        aria-required={enabled || undefined}
        error={errorText('schedule.delayDays')}
        {...form.register('schedule.delayDays')}
      />
    </div>
  );
}
