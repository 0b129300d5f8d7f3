import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/button.tsx';
import { CodeField } from '../ui/code-field.tsx';
import { PasswordField } from '../ui/password-field.tsx';
import { useLocale } from '../../i18n/locale.tsx';
import { ApiRequestError } from '../../lib/api-error.ts';
import { m } from '../../paraglide/messages.js';
import { isSignedIn, useSession } from '../../lib/admin/get-session.ts';
import { useReauthenticate } from '../../lib/admin/reauthenticate.ts';
import { noticeClass } from './styles.ts';

function failureText(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.code === 'invalid_password') return m.twofa_invalid_password();
    if (error.code === 'invalid_code' || error.code === 'code_required') return m.twofa_invalid_code();
    if (error.status === 429) return m.twofa_throttled();
  }
  if (error instanceof TypeError) return m.admin_login_offline();
  return m.twofa_failed();
}

/**
 * "Confirm it's you": a modal dialog asking for her password (and a code from her app when
 * two-step sign-in is on) before an export or erasure (docs/decisions/0025). A native <dialog>:
 * focus stays inside, Escape cancels. `onConfirmed` runs once the server accepted.
 */
export function ReauthDialog({ onConfirmed, onClose }: { onConfirmed: () => void; onClose: () => void }) {
  useLocale();
  const session = useSession();
  const twoFactor = isSignedIn(session.data) && session.data.twoFactorEnabled;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const introId = useId();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [checked, setChecked] = useState(false);
  const reauth = useReauthenticate();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    passwordRef.current?.focus();
  }, []);

  const passwordProblem = checked && password === '' ? m.reauth_password_required() : undefined;
  const codeProblem = checked && twoFactor && code.trim() === '' ? m.reauth_code_required() : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reauth.isPending) return;
    setChecked(true);
    if (password === '') return passwordRef.current?.focus();
    if (twoFactor && code.trim() === '') return codeRef.current?.focus();
    reauth.mutate(
      { password, ...(twoFactor ? { code: code.trim() } : {}) },
      {
        onSuccess: onConfirmed,
        onError: (error) => {
          if (error instanceof ApiRequestError && (error.code === 'invalid_code' || error.code === 'code_required')) {
            setCode('');
            codeRef.current?.focus();
          } else {
            setPassword('');
            passwordRef.current?.focus();
          }
        },
      },
    );
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-5 shadow-xl backdrop:bg-stone-900/50"
    >
      <h2 id={titleId} className="text-xl font-semibold text-stone-900">
        {m.reauth_title()}
      </h2>
      <p id={introId} className="mt-2 text-stone-700">
        {twoFactor ? m.reauth_intro_code() : m.reauth_intro()}
      </p>
      <form noValidate onSubmit={submit} className="mt-4 space-y-4">
        <PasswordField
          ref={passwordRef}
          name="reauth-password"
          label={m.twofa_password()}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={passwordProblem}
        />
        {twoFactor ? (
          <CodeField ref={codeRef} name="reauth-code" value={code} onChange={(event) => setCode(event.target.value)} error={codeProblem} />
        ) : null}
        {reauth.isError ? (
          <div role="alert" className={noticeClass.error}>
            {failureText(reauth.error)}
          </div>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-2">
          <Button type="submit" aria-disabled={reauth.isPending || undefined}>
            {reauth.isPending ? m.reauth_submitting() : m.reauth_submit()}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {m.reauth_cancel()}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
