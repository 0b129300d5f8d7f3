import type { ReactNode } from 'react';
import { Redirect } from 'wouter';
import { useLocale } from '../../i18n/locale.tsx';
import { m } from '../../paraglide/messages.js';
import { isSignedIn, useSession } from '../../lib/admin/get-session.ts';
import { AdminPage, PageLoading } from '../../components/admin/admin-page.tsx';
import { Button } from '../../components/ui/button.tsx';
import { loginHref } from '../../lib/admin/login-href.ts';
import { fromRoot } from '../../lib/admin/paths.ts';
import { useCurrentLocation } from '../../hooks/use-search.ts';

/**
 * The gate in front of every back-office page but sign-in: while the session is being checked
 * it says so; without one it goes to the sign-in page, which brings the VA back here after.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  useLocale();
  const session = useSession();
  const location = useCurrentLocation();

  if (session.isPending) return <PageLoading label={m.admin_session_checking()} />;
  if (session.isError) {
    return (
      <AdminPage title={m.admin_session_error_title()}>
        <p className="mt-3 text-stone-700">{m.admin_session_error_text()}</p>
        <Button className="mt-6" onClick={() => void session.refetch()} aria-disabled={session.isFetching || undefined}>
          {m.admin_retry()}
        </Button>
      </AdminPage>
    );
  }
  if (!isSignedIn(session.data)) {
    // After signing out on purpose the VA starts at the inbox next time; otherwise she returns here.
    const returnTo = session.data.ended === 'expired' || session.data.ended === null ? location : null;
    return <Redirect to={fromRoot(loginHref(returnTo))} replace />;
  }
  return children;
}
