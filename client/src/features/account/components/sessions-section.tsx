import { useId, useState } from 'react';
import { formatDateTime } from '#shared/format/format.ts';
import type { VaSessionDto } from '#shared/schemas/auth.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale } from '../../../i18n/locale.tsx';
import { m } from '../../../paraglide/messages.js';
import { useSignOut } from '../../../lib/admin/sign-out.ts';
import { noticeClass, panelClass } from '../../../components/admin/styles.ts';
import { isReauthRequired, useReauthGate } from '../../../components/admin/use-reauth-gate.tsx';
import { useEndSession } from '../api/end-session.ts';
import { useSessions } from '../api/get-sessions.ts';
import { useSignOutEverywhere } from '../../../hooks/use-sign-out-everywhere.ts';

/** "Firefox op Windows", "Onbekende browser op een onbekend systeem". */
function deviceName(session: Pick<VaSessionDto, 'browser' | 'os'>): string {
  return m.account_sessions_device({
    browser: session.browser ?? m.account_sessions_unknown_browser(),
    os: session.os ?? m.account_sessions_unknown_os(),
  });
}

/**
 * Where the VA is signed in: each browser with when it signed in and was last active, this one
 * marked; any other one signed out with one button. Below, the existing "sign out everywhere".
 */
export function SessionsSection() {
  const headingId = useId();
  const everywhereHintId = useId();
  const sessions = useSessions();
  const endSession = useEndSession();
  const signOut = useSignOut();
  const everywhere = useSignOutEverywhere(signOut);
  // Ending a session asks for her password (and code) first, as the server does (ASVS 3.3.4).
  const gate = useReauthGate();
  // What the last sign-out of another browser did, said in the status line below the list.
  const [outcome, setOutcome] = useState<{ device: string; ok: boolean } | null>(null);

  const end = (session: VaSessionDto) => {
    const device = deviceName(session);
    const action = () =>
      endSession.mutate(session.id, {
        onSuccess: () => setOutcome({ device, ok: true }),
        onError: (error) => (isReauthRequired(error) ? gate.retry(action) : setOutcome({ device, ok: false })),
      });
    if (endSession.isPending) return;
    setOutcome(null);
    gate.run(action);
  };

  return (
    <section aria-labelledby={headingId} className={panelClass}>
      <h2 id={headingId} className="text-xl font-semibold text-stone-900">
        {m.account_sessions_heading()}
      </h2>
      <p className="mt-1 max-w-prose text-stone-700">{m.account_sessions_intro()}</p>

      {sessions.isPending ? (
        <p role="status" className="mt-4 text-stone-700">
          {m.account_sessions_loading()}
        </p>
      ) : sessions.data ? (
        <>
          <ul className="mt-4 grid gap-3">
            {sessions.data.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                ending={endSession.isPending && endSession.variables === session.id}
                onEnd={() => end(session)}
              />
            ))}
          </ul>
          {sessions.data.every((session) => session.current) ? (
            <p className="mt-3 text-stone-700">{m.account_sessions_only_this()}</p>
          ) : null}
        </>
      ) : (
        <div role="alert" className={`mt-4 ${noticeClass.error}`}>
          <p>{m.account_sessions_load_failed()}</p>
          <Button variant="secondary" className="mt-3" onClick={() => void sessions.refetch()}>
            {m.account_sessions_retry()}
          </Button>
        </div>
      )}

      <div role="status" className="mt-3">
        {outcome?.ok ? <p className={noticeClass.success}>{m.account_sessions_ended({ device: outcome.device })}</p> : null}
      </div>
      {outcome && !outcome.ok ? (
        <p role="alert" className={noticeClass.error}>
          {m.account_sessions_end_failed({ device: outcome.device })}
        </p>
      ) : null}

      <div className="mt-5 border-t border-stone-200 pt-4">
        <p id={everywhereHintId} className="max-w-prose text-sm text-stone-700">
          {m.account_sessions_everywhere_hint()}
        </p>
        <Button
          variant="secondary"
          className="mt-3"
          aria-describedby={everywhereHintId}
          aria-disabled={signOut.isPending || undefined}
          onClick={everywhere.signOutEverywhere}
        >
          {m.admin_sign_out_everywhere()}
        </Button>
        {everywhere.failed ? (
          <p role="alert" className="mt-2 text-sm font-medium text-red-800">
            {m.admin_sign_out_failed()}
          </p>
        ) : null}
      </div>
      {gate.dialog}
      {everywhere.dialog}
    </section>
  );
}

function SessionItem({ session, ending, onEnd }: { session: VaSessionDto; ending: boolean; onEnd: () => void }) {
  const { locale } = useLocale();
  const device = deviceName(session);
  return (
    <li className="rounded-lg border border-stone-200 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold break-words text-stone-900">
            {device}
            {session.current ? <span className="sr-only">, </span> : null}
            {session.current ? (
              <span className="ml-2 inline-flex items-center rounded-full bg-brand-50 px-2.5 py-0.5 align-middle text-sm font-medium text-brand-800 ring-1 ring-brand-600/30">
                {m.account_sessions_this_browser()}
              </span>
            ) : null}
          </h3>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-stone-600">{m.account_sessions_signed_in_at()}</dt>
              <dd className="text-stone-900">{formatDateTime(session.signedInAt, locale)}</dd>
            </div>
            <div>
              <dt className="text-stone-600">{m.account_sessions_last_active()}</dt>
              <dd className="text-stone-900">{formatDateTime(session.lastActiveAt, locale)}</dd>
            </div>
          </dl>
        </div>
        {session.current ? null : (
          <Button
            variant="secondary"
            aria-label={m.account_sessions_sign_out_label({ device })}
            aria-disabled={ending || undefined}
            onClick={onEnd}
          >
            {ending ? m.account_sessions_signing_out() : m.account_sessions_sign_out()}
          </Button>
        )}
      </div>
    </li>
  );
}
