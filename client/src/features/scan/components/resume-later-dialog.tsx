import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SaveDraftInput } from '#shared/schemas/draft.ts';
import { Button } from '../../../components/ui/button.tsx';
import { CheckboxField } from '../../../components/ui/choice-group.tsx';
import { CopyLink } from '../../../components/ui/copy-link.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { useScanConfig } from '../../../lib/get-scan-config.ts';
import { useSaveDraftForLater } from '../api/save-draft-for-later.ts';
import { toDraftAnswers, type ScanDraft } from '../utils/draft-storage.ts';
import { fieldErrorText } from '../utils/error-text.ts';
import type { FieldErrorCode } from '../utils/validation.ts';

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
  const consentRef = useRef<HTMLInputElement>(null);
  const doneHeadingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const introId = useId();
  // Starts with the address the prospect already typed in the scan, if any.
  const [email, setEmail] = useState(() => getDraft().values.contact.email.trim());
  const [consent, setConsent] = useState(false);
  const [checked, setChecked] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [serverEmailError, setServerEmailError] = useState(false);
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

  const emailProblem = checked ? (serverEmailError ? { code: 'email' as const } : checkEmail(email.trim())) : null;
  const consentProblem = checked && !consent;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setChecked(true);
    setServerEmailError(false);
    setFailure(null);
    const address = email.trim();
    const emailError = checkEmail(address);
    if (emailError || !consent) {
      (emailError ? emailRef : consentRef).current?.focus();
      return;
    }
    const draft = getDraft();
    save.mutate(
      { email: address, privacyConsent: true, locale, step: draft.step + 1, answers: toDraftAnswers(draft) },
      {
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 422 && error.issues.some((issue) => issue.path === 'email')) {
            setServerEmailError(true);
            emailRef.current?.focus();
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
        <form noValidate onSubmit={submit} className="space-y-5 p-5 sm:p-6">
          <div>
            <h2 id={titleId} className="text-xl font-semibold">
              {m.scan_resume_title()}
            </h2>
            <p id={introId} className="mt-2 text-stone-700">
              {emailDelivery ? m.scan_resume_intro() : m.scan_resume_intro_no_email()}
            </p>
          </div>
          <TextField
            ref={emailRef}
            name="resumeEmail"
            label={m.scan_resume_email()}
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            maxLength={254}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setServerEmailError(false);
            }}
            error={emailProblem ? fieldErrorText(emailProblem) : undefined}
          />
          <CheckboxField
            ref={consentRef}
            name="resumeConsent"
            label={m.scan_resume_consent()}
            checked={consent}
            onChange={(event) => setConsent(event.target.checked)}
            error={consentProblem ? m.scan_resume_consent_error() : undefined}
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
