import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { CodeField } from '../../../components/ui/code-field.tsx';
import { PasswordField } from '../../../components/ui/password-field.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { ApiRequestError } from '../../../lib/api-error.ts';
import { m } from '../../../paraglide/messages.js';
import { noticeClass, panelClass } from '../../../components/admin/styles.ts';
import {
  useDisableTwoFactor,
  useEnableTwoFactor,
  useRegenerateRecoveryCodes,
  useStartTwoFactorSetup,
  useTwoFactor,
} from '../api/two-factor.ts';

function failureText(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiRequestError) {
    if (error.code === 'invalid_code') return m.twofa_invalid_code();
    if (error.code === 'invalid_password') return m.twofa_invalid_password();
    if (error.status === 429) return m.twofa_throttled();
  }
  if (error instanceof TypeError) return m.admin_login_offline();
  return m.twofa_failed();
}

function Failure({ error }: { error: unknown }) {
  const text = failureText(error);
  return text ? (
    <div role="alert" className={noticeClass.error}>
      {text}
    </div>
  ) : null;
}

/** The recovery codes, shown once, with a way to copy them all. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mt-4 space-y-3">
      <h3 ref={heading} tabIndex={-1} className="text-lg font-semibold text-stone-900">
        {m.twofa_codes_title()}
      </h3>
      <p className="text-stone-700">{m.twofa_codes_intro()}</p>
      <ul aria-label={m.twofa_codes_title()} className="grid grid-cols-1 gap-1 rounded-lg bg-stone-100 p-3 font-mono text-base md:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(codes.join('\n')).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? m.twofa_codes_copied() : m.twofa_codes_copy()}
        </Button>
        <Button onClick={onDone}>{m.twofa_codes_done()}</Button>
      </div>
    </div>
  );
}

/** Set-up: the QR code and the key as text, then a current code to confirm. */
function Setup({ onRecoveryCodes, onCancel }: { onRecoveryCodes: (codes: string[]) => void; onCancel: () => void }) {
  const start = useStartTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const [code, setCode] = useState('');
  const startRef = useRef(start.mutate);
  useEffect(() => startRef.current(), []);

  if (start.isPending || start.isIdle) return <p className="mt-4 text-stone-700">{m.twofa_starting()}</p>;
  if (start.isError || !start.data) return <div className="mt-4"><Failure error={start.error} /></div>;
  const setup = start.data;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (enable.isPending || code.trim() === '') return;
    enable.mutate(code.trim(), { onSuccess: ({ recoveryCodes }) => onRecoveryCodes(recoveryCodes), onError: () => setCode('') });
  };

  return (
    <div className="mt-4 space-y-4">
      <p className="text-stone-800">{m.twofa_setup_scan()}</p>
      <img
        src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`}
        alt={m.twofa_setup_qr_label()}
        width={192}
        height={192}
        className="size-48 rounded-lg border border-stone-200 bg-white"
      />
      <p className="text-stone-700">
        {m.twofa_setup_manual()}{' '}
        <code className="break-all rounded bg-stone-100 px-1.5 py-0.5 font-mono text-stone-900">{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <form noValidate onSubmit={submit} className="space-y-3">
        <p className="text-stone-800">{m.twofa_setup_confirm()}</p>
        <CodeField name="setup-code" maxLength={40} required value={code} onChange={(event) => setCode(event.target.value)} />
        <Failure error={enable.error} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" aria-disabled={enable.isPending || undefined}>
            {m.twofa_setup_submit()}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {m.twofa_setup_cancel()}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** A small form behind a disclosure button ("make new recovery codes", "turn off"). */
function Disclosure({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button variant="secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
        {label}
      </Button>
      <div id={id} hidden={!open} className="mt-3">
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}

/**
 * A confirmation behind a disclosure: a current code, and her password too where it lowers her
 * protection (turning it off, in red). A refused code is emptied for the next try.
 */
function ConfirmForm({
  name,
  intro,
  submitLabel,
  withPassword = false,
  request,
  send,
}: {
  /** Prefix of its fields' names ("regenerate-code"). */
  name: string;
  intro: string;
  submitLabel: string;
  withPassword?: boolean;
  request: { isPending: boolean; error: unknown };
  send: (input: { password: string; code: string }, onError: () => void) => void;
}) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (request.isPending || (withPassword && password === '') || code.trim() === '') return;
        send({ password, code: code.trim() }, () => setCode(''));
      }}
    >
      <p className="text-stone-700">{intro}</p>
      {withPassword ? (
        <PasswordField
          name={`${name}-password`}
          label={m.twofa_password()}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      ) : null}
      <CodeField name={`${name}-code`} maxLength={40} required value={code} onChange={(event) => setCode(event.target.value)} />
      <Failure error={request.error} />
      {withPassword ? (
        <button
          type="submit"
          aria-disabled={request.isPending || undefined}
          className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 aria-disabled:opacity-70"
        >
          {submitLabel}
        </button>
      ) : (
        <Button type="submit" aria-disabled={request.isPending || undefined}>
          {submitLabel}
        </Button>
      )}
    </form>
  );
}

function Regenerate({ onRecoveryCodes }: { onRecoveryCodes: (codes: string[]) => void }) {
  const regenerate = useRegenerateRecoveryCodes();
  return (
    <ConfirmForm
      name="regenerate"
      intro={m.twofa_regenerate_intro()}
      submitLabel={m.twofa_regenerate_submit()}
      request={regenerate}
      send={({ code }, onError) => regenerate.mutate(code, { onSuccess: ({ recoveryCodes }) => onRecoveryCodes(recoveryCodes), onError })}
    />
  );
}

function Disable({ onDisabled }: { onDisabled: () => void }) {
  const disable = useDisableTwoFactor();
  return (
    <ConfirmForm
      name="disable"
      intro={m.twofa_disable_intro()}
      submitLabel={m.twofa_disable_submit()}
      withPassword
      request={disable}
      send={(input, onError) => disable.mutate(input, { onSuccess: onDisabled, onError })}
    />
  );
}

/**
 * Two-step sign-in (TOTP) on the account page: turn it on (scan or type the key, confirm a
 * code, keep the recovery codes), make new recovery codes, turn it off (password + code).
 * Self-contained: it needs only the back office's client (docs/decisions/0025).
 */
export function TwoFactorSection() {
  useLocale();
  const status = useTwoFactor();
  const [mode, setMode] = useState<'idle' | 'setup'>('idle');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<'enabled' | 'disabled' | null>(null);
  const headingId = useId();

  const showCodes = (codes: string[], enabled: boolean) => {
    setRecoveryCodes(codes);
    setMode('idle');
    if (enabled) setNotice('enabled');
  };

  let body: ReactNode;
  if (status.isPending) body = <p className="mt-3 text-stone-700">{m.twofa_loading()}</p>;
  else if (status.isError) body = <div className="mt-3"><Failure error={status.error} /></div>;
  else if (recoveryCodes) body = <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
  else if (mode === 'setup') body = <Setup onRecoveryCodes={(codes) => showCodes(codes, true)} onCancel={() => setMode('idle')} />;
  else if (status.data.enabled) {
    body = (
      <div className="mt-3 space-y-4">
        <p className="font-medium text-stone-900">{m.twofa_status_on()}</p>
        <p className="text-stone-700">{m.twofa_codes_left({ count: String(status.data.recoveryCodesLeft) })}</p>
        <Disclosure label={m.twofa_regenerate()}>{() => <Regenerate onRecoveryCodes={(codes) => showCodes(codes, false)} />}</Disclosure>
        <Disclosure label={m.twofa_disable()}>{() => <Disable onDisabled={() => setNotice('disabled')} />}</Disclosure>
      </div>
    );
  } else {
    body = (
      <div className="mt-3 space-y-4">
        <p className="font-medium text-stone-900">{m.twofa_status_off()}</p>
        <Button
          onClick={() => {
            setNotice(null);
            setMode('setup');
          }}
        >
          {m.twofa_start()}
        </Button>
      </div>
    );
  }

  return (
    <section aria-labelledby={headingId} className={panelClass}>
      <h2 id={headingId} className="text-xl font-semibold text-stone-900">
        {m.twofa_section_title()}
      </h2>
      <p className="mt-2 max-w-prose text-stone-700">{m.twofa_section_intro()}</p>
      {notice && !recoveryCodes ? (
        <p role="status" className={`mt-3 ${noticeClass.success}`}>
          {notice === 'enabled' ? m.twofa_enabled_notice() : m.twofa_disabled_notice()}
        </p>
      ) : null}
      {body}
    </section>
  );
}
