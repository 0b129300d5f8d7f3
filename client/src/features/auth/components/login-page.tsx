import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { LoginInput } from '#shared/schemas/auth.ts';
import { Button } from '../../../components/ui/button.tsx';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { failureText } from '../utils/sign-in-failure.ts';
import { m } from '../../../paraglide/messages.js';
import { isSignedIn, useSession, type SessionEnd } from '../../../lib/admin/get-session.ts';
import { needsSecondStep, useSignIn } from '../api/sign-in.ts';
import { SecondStepForm } from './second-step-form.tsx';
import { AdminPage, PageLoading } from '../../../components/admin/admin-page.tsx';
import { Redirect } from 'wouter';
import { useSearch } from '../../../hooks/use-search.ts';
import { afterLoginPath } from '../../../lib/admin/login-href.ts';
import { fromRoot } from '../../../lib/admin/paths.ts';
import { noticeClass } from '../../../components/admin/styles.ts';

type LoginFormValues = z.input<typeof LoginInput>;

const endedText: Record<SessionEnd, () => string> = {
  'signed-out': m.admin_login_signed_out,
  'signed-out-everywhere': m.admin_login_signed_out_everywhere,
  expired: m.admin_login_expired,
};

function emailError(error: FieldError | undefined, value: string): string | undefined {
  if (!error) return undefined;
  return value.trim() === '' ? m.admin_login_email_required() : m.admin_login_email_invalid();
}

function passwordError(error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  return error.type === 'too_big' ? m.admin_login_password_too_long() : m.admin_login_password_required();
}

/**
 * /admin/login: e-mail address and password (the shared LoginInput checks both, as the server
 * does). Says plainly when they do not match, and when too many tries mean waiting, until when.
 * Once signed in it goes to the page the VA wanted (`?next=`), or the inbox.
 */
export function LoginPage() {
  const { locale } = useLocale();
  const session = useSession();
  const [params] = useSearch();
  const signIn = useSignIn();
  // With two-step sign-in on: the right password gave a pending token; the code comes next.
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const [stepExpired, setStepExpired] = useState(false);
  const form = useForm<LoginFormValues, unknown, LoginInput>({
    resolver: zodResolver(LoginInput),
    defaultValues: { email: '', password: '' },
  });
  const {
    register,
    handleSubmit,
    getValues,
    resetField,
    setFocus,
    formState: { errors },
  } = form;

  if (session.isPending) return <PageLoading label={m.admin_session_checking()} />;
  if (isSignedIn(session.data)) return <Redirect to={fromRoot(afterLoginPath(params.get('next')))} replace />;

  const ended = session.data?.ended ?? null;
  const failure = stepExpired ? m.twofa_login_expired() : failureText(signIn.error, locale);

  if (pendingToken) {
    return (
      <AdminPage title={m.twofa_login_step_title()} width="narrow">
        <SecondStepForm
          pendingToken={pendingToken}
          onRestart={(expired) => {
            setPendingToken(null);
            setStepExpired(expired);
            signIn.reset();
            resetField('password');
          }}
        />
      </AdminPage>
    );
  }

  const onSubmit = handleSubmit((values) => {
    if (signIn.isPending) return;
    setStepExpired(false);
    signIn.mutate(values, {
      onSuccess: (answer) => {
        if (needsSecondStep(answer)) setPendingToken(answer.pendingToken);
      },
      onError: (error) => {
        if (error instanceof ApiRequestError && error.status === 401) {
          // A wrong password is typed again; the alert says what happened.
          resetField('password');
          setFocus('password');
        }
      },
    });
  });

  return (
    <AdminPage title={m.admin_login_title()} width="narrow">
      <p className="mt-2 text-stone-700">{m.admin_login_intro()}</p>
      {ended && !signIn.isError && !stepExpired ? (
        <p role="status" className={`mt-6 ${noticeClass.success}`}>
          {endedText[ended]()}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="mt-6 space-y-5 rounded-xl border border-stone-200 bg-white p-5">
        <TextField
          label={m.admin_login_email()}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          error={emailError(errors.email, getValues('email'))}
          {...register('email')}
        />
        <PasswordField
          label={m.admin_login_password()}
          autoComplete="current-password"
          error={passwordError(errors.password)}
          {...register('password')}
        />
        {failure ? (
          <div role="alert" className={noticeClass.error}>
            {failure}
          </div>
        ) : null}
        <Button
          type="submit"
          className="w-full aria-disabled:cursor-wait aria-disabled:opacity-80"
          aria-disabled={signIn.isPending || undefined}
        >
          {signIn.isPending ? m.admin_login_submitting() : m.admin_login_submit()}
        </Button>
      </form>
    </AdminPage>
  );
}
