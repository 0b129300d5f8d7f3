import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { useSignInSecondStep } from '../api/sign-in.ts';
import { failureText } from '../utils/sign-in-failure.ts';
import { noticeClass } from '../../../components/admin/styles.ts';

/**
 * The second step of signing in with two-step sign-in on: the six-digit code from her
 * authenticator app (the phone's keyboard shows digits, and the browser or password manager
 * may fill it in), or one of her recovery codes. A sign-in left too long (5 minutes) starts over.
 */
export function SecondStepForm({ pendingToken, onRestart }: { pendingToken: string; onRestart: (expired: boolean) => void }) {
  const { locale } = useLocale();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const secondStep = useSignInSecondStep();

  useEffect(() => {
    codeRef.current?.focus();
  }, [recovery]);

  const error = secondStep.error;
  const failure =
    error instanceof ApiRequestError && error.code === 'invalid_code'
      ? recovery
        ? m.twofa_login_invalid_recovery()
        : m.twofa_login_invalid()
      : failureText(error, locale);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (secondStep.isPending) return;
    if (code.trim() === '') {
      setMissing(true);
      codeRef.current?.focus();
      return;
    }
    setMissing(false);
    secondStep.mutate(
      { pendingToken, code: code.trim() },
      {
        onError: (failed) => {
          if (failed instanceof ApiRequestError && failed.code === 'second_step_expired') return onRestart(true);
          setCode('');
          codeRef.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <p className="mt-2 text-stone-700">{recovery ? m.twofa_login_step_intro_recovery() : m.twofa_login_step_intro()}</p>
      <form noValidate onSubmit={submit} className="mt-6 space-y-5 rounded-xl border border-stone-200 bg-white p-5">
        <TextField
          key={recovery ? 'recovery' : 'app'}
          ref={codeRef}
          name="second-step-code"
          label={recovery ? m.twofa_login_recovery_code() : m.twofa_login_code()}
          hint={recovery ? m.twofa_login_recovery_hint() : undefined}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          inputMode={recovery ? 'text' : 'numeric'}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={missing ? m.twofa_login_code_required() : undefined}
        />
        {failure ? (
          <div role="alert" className={noticeClass.error}>
            {failure}
          </div>
        ) : null}
        <Button type="submit" className="w-full aria-disabled:cursor-wait aria-disabled:opacity-80" aria-disabled={secondStep.isPending || undefined}>
          {secondStep.isPending ? m.twofa_login_submitting() : m.twofa_login_submit()}
        </Button>
        <div className="grid gap-1">
          <Button
            variant="quiet"
            onClick={() => {
              setRecovery((value) => !value);
              setCode('');
              setMissing(false);
              secondStep.reset();
            }}
          >
            {recovery ? m.twofa_login_use_app() : m.twofa_login_use_recovery()}
          </Button>
          <Button variant="quiet" onClick={() => onRestart(false)}>
            {m.twofa_login_back()}
          </Button>
        </div>
      </form>
    </>
  );
}
