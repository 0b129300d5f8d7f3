import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { DEFAULT_TIME_ZONE, toIntlLocale } from '#shared/format/format.ts';
import { LoginInput } from '#shared/schemas/auth.ts';
import type { Locale } from '#shared/schemas/common.ts';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { isSignedIn, useSession, type SessionEnd } from '../api/get-session.ts';
import { SignInThrottledError, useSignIn } from '../api/sign-in.ts';
import { AdminPage, PageLoading } from './admin-page.tsx';
import { Redirect } from 'wouter';
import { useSearch } from '../utils/use-search.ts';
import { afterLoginPath } from '../utils/login-href.ts';
import { fromRoot } from '../utils/paths.ts';
import { noticeClass } from './styles.ts';

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

function formatClockTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(toIntlLocale(locale), { timeStyle: 'short', timeZone: DEFAULT_TIME_ZONE }).format(date);
}

/** Why signing in failed, in words; null while nothing failed. */
function failureText(error: unknown, locale: Locale): string | null {
  if (!error) return null;
  if (error instanceof SignInThrottledError) {
    const retryAt = error.retryAt;
    if (!retryAt || error.retryAfterSeconds === null) return m.admin_login_throttled_later();
    return m.admin_login_throttled({
      time: formatClockTime(retryAt, locale),
      minutes: String(Math.max(1, Math.ceil(error.retryAfterSeconds / 60))),
    });
  }
  if (error instanceof ApiRequestError && error.status === 401) return m.admin_login_invalid();
  if (error instanceof TypeError) return m.admin_login_offline();
  return m.admin_login_failed();
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
  const failure = failureText(signIn.error, locale);

  const onSubmit = handleSubmit((values) => {
    if (signIn.isPending) return;
    signIn.mutate(values, {
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
      {ended && !signIn.isError ? (
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
        <TextField
          label={m.admin_login_password()}
          type="password"
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
