import { zodResolver } from '@hookform/resolvers/zod';
import { useLayoutEffect, useRef, useState } from 'react';
import { get, useForm, useWatch, type FieldError } from 'react-hook-form';
import { formatDateTime } from '#shared/format/format.ts';
import type { AdminIntakeDetail } from '#shared/schemas/admin-intakes.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '#shared/schemas/email.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ChoiceGroup } from '../../../components/ui/choice-group.tsx';
import { SelectField, TextAreaField, TextField, fieldIds } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { showServerErrors } from '../../../lib/form-errors.ts';
import { m } from '../../../paraglide/messages.js';
import { noticeClass } from '../../../components/admin/styles.ts';
import { useEmailTemplates } from '../../../lib/admin/get-email-templates.ts';
import { useSetup } from '../../../lib/admin/get-setup.ts';
import { createIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { MergeFieldButtons, MergeFieldGuide, useMergeFieldInsert } from '../../../components/admin/merge-fields.tsx';
import { usePreviewFollowUp } from '../api/preview-follow-up.ts';
import { useSendFollowUp } from '../api/send-follow-up.ts';
import {
  ComposerForm,
  composerErrorText,
  composerServerErrors,
  emptyComposer,
  textsFrom,
  type ComposerValues,
  type FollowUpText,
} from '../utils/composer-form.ts';
import { failureOf, type Failure, type ShownPreview } from '../utils/composer-preview.ts';
import { PreviewPanel } from './preview-panel.tsx';

/** Why the prospect may not receive a follow-up. */
export type Refusal = 'no-consent' | 'unsubscribed';

/** The server's 409 codes for a prospect who may not receive a follow-up. */
function refusalOf(error: Error): Refusal | null {
  if (!(error instanceof ApiRequestError) || error.status !== 409) return null;
  if (error.code === 'unsubscribed') return 'unsubscribed';
  if (error.code === 'no_follow_up_consent') return 'no-consent';
  return null;
}

/** What was just queued: said at the top of the composer, which starts afresh. */
type Queued = { subject: string; sendAt: string | null };

type ComposerProps = {
  detail: AdminIntakeDetail;
  /** The server refused (409): the section explains instead of offering sending. */
  onRefused: (refusal: Refusal) => void;
};

/**
 * Pick a template and a language; the subject and text fill in and can be edited (merge-field
 * buttons insert at the cursor); "show preview" renders it on the server exactly as the prospect
 * would get it; from the preview it is sent now or planned.
 */
export function FollowUpComposer({ detail, onRefused }: ComposerProps) {
  const { locale: uiLocale } = useLocale();
  const { firstName } = detail.resultView;
  const templates = useEmailTemplates();
  // Without a mail server the e-mail waits in the outbox: the confirmation must not say it goes.
  const noMailServer = useSetup().data?.email.configured === false;
  const previewRequest = usePreviewFollowUp(detail.id);
  const sendRequest = useSendFollowUp(detail.id);
  const form = useForm<ComposerValues, unknown, FollowUpText>({
    defaultValues: emptyComposer(detail.locale),
    resolver: zodResolver(ComposerForm),
    shouldFocusError: false,
  });
  const [shown, setShown] = useState<ShownPreview | null>(null);
  const [previewFailure, setPreviewFailure] = useState<Failure | null>(null);
  const [queued, setQueued] = useState<Queued | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const queuedRef = useRef<HTMLParagraphElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the next render shows it.
  const focusNext = useRef<'first-invalid' | 'preview' | 'queued' | null>(null);

  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === 'preview') previewHeading.current?.focus();
    else if (target === 'queued') queuedRef.current?.focus();
    else if (target === 'first-invalid') {
      // react-hook-form may publish the errors a render later than the refusal: wait for them.
      const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (!firstInvalid) return;
      firstInvalid.focus();
    }
    focusNext.current = null;
  });

  const values = useWatch({ control: form.control });
  const templateId = values.templateId ?? '';
  const template = templates.data?.find((candidate) => candidate.id === templateId) ?? null;
  // The preview belongs to the text it was made from: once that changes, it has to be made again.
  const stale =
    shown !== null &&
    (shown.text.templateId !== templateId ||
      shown.text.locale !== values.locale ||
      shown.text.subject !== (values.subject ?? '').trim() ||
      shown.text.body !== (values.body ?? '').trim());

  /** Fills subject and text from the chosen template in the chosen language. */
  const startFrom = (id: string, locale: Locale) => {
    const chosen = templates.data?.find((candidate) => candidate.id === id);
    if (!chosen) return;
    const texts = textsFrom(chosen, locale);
    form.setValue('subject', texts.subject, { shouldDirty: true });
    form.setValue('body', texts.body, { shouldDirty: true });
    form.clearErrors();
    setQueued(null);
  };

  const { remember, insert } = useMergeFieldInsert(
    (name, text) =>
      form.setValue(name === 'subject' ? 'subject' : 'body', text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
    () => document.getElementById(fieldIds('body').input) as HTMLTextAreaElement | null,
  );

  /** A refusal the composer answers itself: 409 (the section explains) or 422 on its fields. */
  const refused = (error: Error, sentValues: ComposerValues): boolean => {
    const refusal = refusalOf(error);
    if (refusal) {
      onRefused(refusal);
      return true;
    }
    if (error instanceof ApiRequestError && error.status === 422) {
      const { fields } = showServerErrors(form, error.issues, { ...composerServerErrors(sentValues), focus: false });
      if (fields.includes('templateId')) void templates.refetch(); // the template is gone
      if (fields.length > 0) focusNext.current = 'first-invalid';
    }
    return false;
  };

  const makePreview = (text: FollowUpText) => {
    if (previewRequest.isPending) return;
    setPreviewFailure(null);
    const sent = form.getValues();
    previewRequest.mutate(text, {
      onSuccess: (preview) => {
        // A new preview is a new message: its own key, so sending it twice stores it once.
        setShown({ preview, text, idempotencyKey: createIdempotencyKey() });
        focusNext.current = 'preview';
      },
      onError: (error) => {
        if (!refused(error, sent)) setPreviewFailure(failureOf(error));
      },
    });
  };

  const refuseInvalid = () => {
    setPreviewFailure('invalid');
    focusNext.current = 'first-invalid';
  };

  const send = (sendAt: string | undefined, onFailure: (error: Error) => void) => {
    if (!shown || sendRequest.isPending) return;
    const sent = form.getValues();
    sendRequest.mutate(
      { input: { ...shown.text, ...(sendAt ? { sendAt } : {}) }, idempotencyKey: shown.idempotencyKey },
      {
        onSuccess: (message) => {
          setQueued({ subject: message.subject, sendAt: sendAt ?? null });
          setShown(null);
          form.reset(emptyComposer(detail.locale));
          focusNext.current = 'queued';
        },
        onError: (error) => {
          if (!refused(error, sent)) onFailure(error);
        },
      },
    );
  };

  const errorText = (path: keyof ComposerValues): string | undefined => {
    const error: FieldError | undefined = get(form.formState.errors, path);
    return error?.message === undefined ? undefined : composerErrorText(error.message);
  };

  const scanLanguage = detail.locale === 'nl' ? m.followups_language_nl() : m.followups_language_en();

  return (
    <div className="mt-2">
      <p className="max-w-prose text-stone-700">{m.followups_intro({ firstName })}</p>
      <p ref={queuedRef} tabIndex={-1} role="status" className={queued ? `mt-3 ${noticeClass.success}` : 'sr-only'}>
        {queued ? queuedText(queued, firstName, uiLocale, noMailServer) : ''}
      </p>

      {templates.isPending ? (
        <p role="status" className="mt-4 text-stone-700">
          {m.followups_templates_loading()}
        </p>
      ) : templates.data === undefined ? (
        <div role="alert" className={`mt-4 ${noticeClass.error}`}>
          <p>{m.followups_templates_failed()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void templates.refetch()} aria-disabled={templates.isFetching || undefined}>
            {m.followups_retry()}
          </Button>
        </div>
      ) : templates.data.length === 0 ? (
        <p className="mt-4 text-stone-700">{m.followups_templates_none()}</p>
      ) : (
        <form
          ref={formRef}
          noValidate
          className="mt-4 space-y-5"
          onSubmit={(event) => {
            focusNext.current = null;
            void form.handleSubmit(makePreview, refuseInvalid)(event);
          }}
        >
          <SelectField
            label={m.followups_template()}
            hint={m.followups_template_hint({ firstName })}
            placeholder={m.followups_template_placeholder()}
            options={templates.data.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
            error={errorText('templateId')}
            {...form.register('templateId', { onChange: (event) => startFrom(event.target.value, form.getValues('locale')) })}
          />
          <ChoiceGroup
            type="radio"
            legend={m.followups_language()}
            hint={m.followups_language_hint({ firstName, language: scanLanguage })}
            layout="wrap"
            options={[
              { value: 'nl', label: m.followups_language_nl() },
              { value: 'en', label: m.followups_language_en() },
            ]}
            inputProps={form.register('locale', { onChange: (event) => startFrom(form.getValues('templateId'), event.target.value) })}
          />
          {template ? (
            <>
              <TextField
                label={m.followups_subject()}
                maxLength={MAX_SUBJECT_LENGTH}
                autoComplete="off"
                lang={values.locale}
                error={errorText('subject')}
                onFocus={remember}
                {...form.register('subject')}
              />
              <div>
                <TextAreaField
                  label={m.followups_body()}
                  hint={m.followups_body_hint()}
                  rows={12}
                  maxLength={MAX_BODY_LENGTH}
                  lang={values.locale}
                  error={errorText('body')}
                  onFocus={remember}
                  {...form.register('body')}
                />
                <MergeFieldButtons label={m.followups_fields_group()} onInsert={insert} />
                <details className="mt-3 text-sm">
                  <summary className="inline-flex min-h-10 cursor-pointer items-center rounded font-medium text-brand-800">
                    {m.followups_fields_explained()}
                  </summary>
                  <MergeFieldGuide />
                </details>
              </div>
            </>
          ) : null}
          {previewFailure ? (
            <p role="alert" className={noticeClass.error}>
              {previewFailureText(previewFailure)}
            </p>
          ) : null}
          <Button
            type="submit"
            variant={shown && !stale ? 'secondary' : 'primary'}
            className="aria-disabled:cursor-wait aria-disabled:opacity-80"
            aria-disabled={previewRequest.isPending || undefined}
          >
            {previewRequest.isPending ? m.followups_previewing() : m.followups_preview()}
          </Button>
        </form>
      )}

      {shown ? (
        <PreviewPanel
          shown={shown}
          stale={stale}
          firstName={firstName}
          headingRef={previewHeading}
          sending={sendRequest.isPending}
          onSend={send}
        />
      ) : null}
    </div>
  );
}

/** What happened to the e-mail just queued: on its way (now or at its date), or waiting for a mail server. */
function queuedText(queued: Queued, firstName: string, uiLocale: Locale, noMailServer: boolean): string {
  const { subject, sendAt } = queued;
  const date = sendAt ? formatDateTime(sendAt, uiLocale) : null;
  if (noMailServer) {
    const saved = date
      ? m.followups_scheduled_no_mail_server({ subject, firstName, date })
      : m.followups_queued_no_mail_server({ subject, firstName });
    return `${saved} ${m.setup_not_sent_yet()}`;
  }
  return date ? m.followups_scheduled({ subject, firstName, date }) : m.followups_sent({ subject, firstName });
}

function previewFailureText(failure: Failure): string {
  switch (failure) {
    case 'invalid':
      return m.followups_fix_fields();
    case 'offline':
      return m.followups_offline();
    case 'expired':
      return m.followups_expired();
    case 'failed':
      return m.followups_preview_failed();
  }
}
