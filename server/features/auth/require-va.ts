import { CSRF_HEADER } from '#shared/schemas/auth.ts';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { AppError } from '../../lib/errors.ts';
import { csrfTokenMatches, resolveSession } from './auth.service.ts';
import { clearSessionCookie, isSafeMethod, readSessionCookie, rejectCrossSite } from './request-guards.ts';

/**
 * The guard of everything under /api/admin: 401 `unauthenticated` without a live session;
 * for every method but GET/HEAD also 403 `csrf_failed` for a cross-site request or a missing or
 * wrong `X-CSRF-Token`. Sets `c.var.va` for the routes behind it.
 */
export function requireVa(deps: AppDeps) {
  return createMiddleware<AdminEnv>(async (c, next) => {
    const cookie = readSessionCookie(c, deps.env);
    const session = await resolveSession(deps, cookie);
    if (!session) {
      if (cookie !== undefined) clearSessionCookie(c, deps.env);
      throw new AppError(401, 'unauthenticated', 'Please sign in.');
    }
    if (!isSafeMethod(c.req.method)) {
      rejectCrossSite(c, deps.env);
      if (!csrfTokenMatches(session, c.req.header(CSRF_HEADER))) {
        throw new AppError(403, 'csrf_failed', 'The request lacks a valid CSRF token. Reload the page and try again.');
      }
    }
    c.set('va', session.va);
    // Back-office answers hold personal data: never stored by a browser or proxy cache.
    c.header('Cache-Control', 'no-store');
    await next();
  });
}
