import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { formatTime } from '#shared/format/format.ts';
import { ChangePasswordForm, type PasswordRefusalCode } from '#shared/schemas/auth.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { Button } from '../../../components/ui/button.tsx';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { showServerErrors } from '../../../lib/form-errors.ts';
import { m } from '../../../paraglide/messages.js';
import { isSignedIn, useSession } from '../../../lib/admin/get-session.ts';
import { noticeClass, panelClass } from '../../../components/admin/styles.ts';
import { PasswordChangeThrottledError, useChangePassword } from '../api/change-password.ts';

function currentPasswordError(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === 'server' ? m.account_password_current_wrong() : m.account_password_current_required();
}

/** The server's reason for refusing a new password (its 422 issue's code), in words. */
function newPasswordRefusal(code: string | undefined): string {
  switch (code as PasswordRefusalCode | undefined) {
    case 'too_easy':
      return m.account_password_new_common();
    case 'same_as_current':
      return m.account_password_new_same();
    case 'too_short':
      return m.account_password_new_too_short();
    case 'too_long':
      return m.account_password_new_too_long();
    default:
      return m.account_password_new_refused();
  }
}

/** The new password's problem in words: the form's own checks, or the server's reason (422). */
function newPasswordError(error: FieldError | undefined, value: string): string | undefined {
  if (!error) return undefined;
  // A server error's message is the issue's code (below); without one, a general refusal.
  if (error.type === 'server') return newPasswordRefusal(error.message);
  if (value === '') return m.account_password_new_required();
  return error.type === 'too_big' ? m.account_password_new_too_long() : m.account_password_new_too_short();
}

function changedText(endedSessions: number): string {
  if (endedSessions === 0) return m.account_password_changed();
  if (endedSessions === 1) return m.account_password_changed_one();
  return m.account_password_changed_many({ count: String(endedSessions) });
}

/** A refusal not shown on a field; `unmatched`: a 422 named something that is not a field here. */
function failureText(error: unknown, locale: Locale, unmatched: boolean): string | null {
  if (!error || (error instanceof ApiRequestError && error.status === 422 && !unmatched)) return null; // shown on the fields
  if (error instanceof PasswordChangeThrottledError) {
    if (!error.retryAt) return m.account_password_throttled_later();
    const time = formatTime(error.retryAt.toISOString(), locale);
    return m.account_password_throttled({ time });
  }
  return m.account_password_failed();
}

/**
 * A new password: the current one (checked by the server, throttled), the new one and the new
 * one again. The server refuses common and leaked passwords with a reason, shown on the field;
 * afterwards every other session has ended and this one stays.
 */
export function ChangePasswordSection() {
  const { locale } = useLocale();
  const headingId = useId();
  const changePassword = useChangePassword();
  const session = useSession();
  const va = isSignedIn(session.data) ? session.data.va : null;
  const [endedSessions, setEndedSessions] = useState<number | null>(null);
  const [unmatched, setUnmatched] = useState(false);
  const form = useForm<ChangePasswordForm>({
    resolver: zodResolver(ChangePasswordForm),
    defaultValues: { currentPassword: '', password: '', repeat: '' },
  });
  const {
    register,
    handleSubmit,
    getValues,
    reset,
    formState: { errors },
  } = form;

  const onSubmit = handleSubmit(({ currentPassword, password }) => {
    if (changePassword.isPending) return;
    setEndedSessions(null);
    setUnmatched(false);
    changePassword.mutate(
      { currentPassword, password },
      {
        onSuccess: (result) => {
          reset();
          setEndedSessions(result.endedSessions);
        },
        onError: (error) => {
          if (!(error instanceof ApiRequestError) || error.status !== 422) return;
          // The server checks the two passwords it was sent; `repeat` stays the form's own.
          const shown = showServerErrors(form, error.issues, {
            field: (path) => (path === 'currentPassword' || path === 'password' ? path : undefined),
            message: (issue) => issue.code ?? '',
          });
          setUnmatched(shown.unmatched);
        },
      },
    );
  });

  const failure = failureText(changePassword.error, locale, unmatched);

  return (
    <section aria-labelledby={headingId} className={panelClass}>
      <h2 id={headingId} className="text-xl font-semibold text-stone-900">
        {m.account_password_heading()}
      </h2>
      <p className="mt-1 max-w-prose text-stone-700">{m.account_password_intro()}</p>
      <form noValidate onSubmit={onSubmit} className="mt-5 max-w-md space-y-5">
        {/* Lets a password manager file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" defaultValue={va?.email ?? ''} readOnly hidden />
        <PasswordField
          label={m.account_password_current()}
          autoComplete="current-password"
          error={currentPasswordError(errors.currentPassword)}
          {...register('currentPassword')}
        />
        <PasswordField
          label={m.account_password_new()}
          hint={m.account_password_new_hint()}
          autoComplete="new-password"
          error={newPasswordError(errors.password, getValues('password'))}
          {...register('password')}
        />
        <PasswordField
          label={m.account_password_repeat()}
          autoComplete="new-password"
          error={errors.repeat ? m.account_password_repeat_mismatch() : undefined}
          {...register('repeat')}
        />
        {failure ? (
          <div role="alert" className={noticeClass.error}>
            {failure}
          </div>
        ) : null}
        {/* Always in the page, so a screen reader announces the message when it appears. */}
        <div role="status">
          {endedSessions !== null ? <p className={noticeClass.success}>{changedText(endedSessions)}</p> : null}
        </div>
        <Button type="submit" aria-disabled={changePassword.isPending || undefined} className="aria-disabled:cursor-wait aria-disabled:opacity-80">
          {changePassword.isPending ? m.account_password_submitting() : m.account_password_submit()}
        </Button>
      </form>
    </section>
  );
}
