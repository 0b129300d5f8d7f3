import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { SaveDraftInput } from '#shared/schemas/draft.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField } from '../../../components/ui/choice-group.tsx';
import { CopyLink } from '../../../components/ui/copy-link.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { showServerErrors } from '../../../lib/form-errors.ts';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../../lib/get-scan-config.ts';
import { useSaveDraftForLater } from '../api/save-draft-for-later.ts';
import { toDraftAnswers, type ScanDraft } from '../utils/draft-storage.ts';
import { fieldErrorText } from '../utils/error-text.ts';
import { decodeFieldError, encodeFieldError, type FieldErrorCode } from '../utils/field-error.ts';

type ResumeLaterDialogProps = {
  /** The draft as it is now (answers typed a moment ago included). */
  getDraft: () => ScanDraft;
  onClose: () => void;
};

type Failure = 'failed' | 'offline' | 'too-many';

const failureText: Record<Failure, () => string> = {
  failed: m.scan_resume_failed,
  offline: m.scan_resume_offline,
  'too-many': m.scan_resume_too_many,
};

/** Named as the fields are in the page (their ids come from their names), not as the API's. */
type ResumeLaterValues = { resumeEmail: string; resumeConsent: boolean };

const checkEmail = (email: string): FieldErrorCode | null =>
  email === '' ? { code: 'required' } : SaveDraftInput.shape.email.safeParse(email).success ? null : { code: 'email' };

/**
 * "Later verder": a modal dialog that asks for an e-mail address and consent, then has the
 * server keep the draft and send a link that reopens it (on any device, for 30 days), or show
 * that link here where no e-mail is sent. A native <dialog>: focus stays inside, Escape closes
 * it, the page behind is inert.
 */
export function ResumeLaterDialog({ getDraft, onClose }: ResumeLaterDialogProps) {
  const { locale } = useLocale();
  // false: no e-mail can carry the link, so the dialog shows it to keep. Prefetched by the scan
  // page; until it is known, the dialog speaks of e-mail (the server's answer decides what the
  // prospect finally gets: an e-mail or the link on screen).
  const emailDelivery = useScanConfig().data?.emailDelivery ?? true;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const doneHeadingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const introId = useId();
  // Starts with the address the prospect already typed in the scan, if any.
  const [defaultValues] = useState<ResumeLaterValues>(() => ({ resumeEmail: getDraft().values.contact.email.trim(), resumeConsent: false }));
  // Checked on send (the first invalid field gets focus); once errors show, each again as it changes.
  const form = useForm<ResumeLaterValues>({ defaultValues, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors } = form.formState;
  const [failure, setFailure] = useState<Failure | null>(null);
  const save = useSaveDraftForLater();
  const sentTo = save.isSuccess && !save.data.resumePath ? save.variables.email : null;
  const resumeUrl = save.data?.resumePath ? new URL(save.data.resumePath, window.location.origin).href : null;
  const done = sentTo !== null || resumeUrl !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Browsers without showModal (Safari before 15.4) still show it, as a plain dialog.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    emailRef.current?.focus();
  }, []);

  useEffect(() => {
    if (done) doneHeadingRef.current?.focus();
  }, [done]);

  const emailField = form.register('resumeEmail', {
    validate: (value) => {
      const problem = checkEmail(value.trim());
      return problem ? encodeFieldError(problem) : true;
    },
  });
  const consentField = form.register('resumeConsent', { validate: (value) => value });

  const send = ({ resumeEmail }: ResumeLaterValues) => {
    const draft = getDraft();
    save.mutate(
      { email: resumeEmail.trim(), privacyConsent: true, locale, step: draft.step + 1, answers: toDraftAnswers(draft) },
      {
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 422) {
            // Only the address is hers to correct: anything else the server refused is a general failure.
            const { unmatched } = showServerErrors(form, error.issues, {
              field: (path) => (path === 'email' ? 'resumeEmail' : undefined),
              message: () => encodeFieldError({ code: 'email' }),
            });
            if (unmatched) setFailure('failed');
          } else if (error instanceof ApiRequestError) {
            setFailure(error.status === 429 ? 'too-many' : 'failed');
          } else {
            setFailure(error instanceof TypeError ? 'offline' : 'failed');
          }
        },
      },
    );
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={done ? undefined : introId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-2xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/60"
    >
      {resumeUrl ? (
        <div className="space-y-4 p-5 sm:p-6">
          <h2 id={titleId} ref={doneHeadingRef} tabIndex={-1} className="text-xl font-semibold">
            {m.scan_resume_link_title()}
          </h2>
          <p className="text-stone-700">{m.scan_resume_link_text()}</p>
          <CopyLink label={m.scan_resume_link_label()} url={resumeUrl} />
          <div className="flex justify-end">
            <Button onClick={onClose}>{m.scan_resume_close()}</Button>
          </div>
        </div>
      ) : sentTo ? (
        <div className="space-y-4 p-5 sm:p-6">
          <h2 id={titleId} ref={doneHeadingRef} tabIndex={-1} className="text-xl font-semibold">
            {m.scan_resume_sent_title()}
          </h2>
          <p className="text-stone-700">{m.scan_resume_sent_text({ email: sentTo })}</p>
          <div className="flex justify-end">
            <Button onClick={onClose}>{m.scan_resume_close()}</Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            if (save.isPending) return event.preventDefault();
            setFailure(null);
            void form.handleSubmit(send)(event);
          }}
          className="space-y-5 p-5 sm:p-6">
          <div>
            <h2 id={titleId} className="text-xl font-semibold">
              {m.scan_resume_title()}
            </h2>
            <p id={introId} className="mt-2 text-stone-700">
              {emailDelivery ? m.scan_resume_intro() : m.scan_resume_intro_no_email()}
            </p>
          </div>
          <TextField
            {...emailField}
            ref={(element) => {
              emailField.ref(element);
              emailRef.current = element;
            }}
            label={m.scan_resume_email()}
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            maxLength={254}
            error={errors.resumeEmail?.message === undefined ? undefined : fieldErrorText(decodeFieldError(errors.resumeEmail.message))}
          />
          <CheckboxField
            {...consentField}
            label={m.scan_resume_consent()}
            error={errors.resumeConsent ? m.scan_resume_consent_error() : undefined}
          />
          {failure ? (
            <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">
              {failureText[failure]()}
            </div>
          ) : null}
          <div className="flex flex-wrap items-center justify-end gap-3">
            <Button variant="secondary" onClick={onClose}>
              {m.scan_resume_cancel()}
            </Button>
            <Button type="submit" aria-disabled={save.isPending || undefined} className="aria-disabled:cursor-wait aria-disabled:opacity-80">
              {save.isPending ? m.scan_submitting() : emailDelivery ? m.scan_resume_send() : m.scan_resume_make_link()}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
