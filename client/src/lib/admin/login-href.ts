/** The sign-in page, with the page to return to afterwards (only a back-office page). */
export function loginHref(returnTo: { pathname: string; search: string } | null): string {
  if (!returnTo || returnTo.pathname === '/admin' && returnTo.search === '') return '/admin/login';
  return `/admin/login?${new URLSearchParams({ next: `${returnTo.pathname}${returnTo.search}` }).toString()}`;
}

/**
 * Where to go after signing in: `next` when it is a back-office path on this site, else the
 * inbox. Never another site (`//evil.example`, `/\evil.example`) or the sign-in page itself.
 */
export function afterLoginPath(next: string | null): string {
  if (!next || !/^\/admin(\/|\?|$)/.test(next) || /^\/admin\/login(\?|$)/.test(next)) return '/admin';
  return next;
}
