import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LoginInput, type SessionResponse } from '#shared/schemas/auth.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { AppError } from '../../lib/errors.ts';
import { clientAddress } from '../../lib/rate-limit.ts';
import { validate } from '../../lib/validation.ts';
import { csrfTokenFor, resolveSession, signIn, signOut, signOutEverywhere } from './auth.service.ts';
import { dummyPasswordHash } from './password.ts';
import { clearSessionCookie, readSessionCookie, rejectCrossSite, setSessionCookie } from './request-guards.ts';
import { requireVa } from './require-va.ts';

const MAX_LOGIN_BODY_BYTES = 8 * 1024;

/** /api/auth: sign in, who am I (+ CSRF token), sign out here or everywhere. */
export function authRoutes(deps: AppDeps) {
  const { env } = deps;
  const signedIn = requireVa(deps);
  void dummyPasswordHash(); // made now, so no first sign-in with an unknown address is slower

  return new Hono<AdminEnv>()
    .post(
      '/login',
      (c, next) => {
        rejectCrossSite(c, env); // with the SameSite cookie: login CSRF needs another site's page
        c.header('Cache-Control', 'no-store');
        return next();
      },
      bodyLimit({
        maxSize: MAX_LOGIN_BODY_BYTES,
        onError: () => {
          throw new AppError(413, 'payload_too_large', `The request body is larger than ${MAX_LOGIN_BODY_BYTES} bytes.`);
        },
      }),
      validate('json', LoginInput),
      async (c) => {
        const outcome = await signIn(deps, c.req.valid('json'), {
          address: clientAddress(c, env.TRUST_PROXY),
          userAgent: c.req.header('user-agent') ?? null,
          currentSessionToken: readSessionCookie(c),
        });
        if (outcome.kind === 'throttled') {
          c.header('Retry-After', String(outcome.retryAfterSeconds));
          const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
          throw new AppError(
            429,
            'login_throttled',
            `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          );
        }
        if (outcome.kind === 'invalid-credentials') {
          throw new AppError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');
        }
        setSessionCookie(c, env, outcome.sessionToken);
        const body: SessionResponse = { va: outcome.va, csrfToken: outcome.csrfToken };
        return c.json(body, 200);
      },
    )
    .get('/session', async (c) => {
      c.header('Cache-Control', 'no-store');
      const cookie = readSessionCookie(c);
      const session = await resolveSession(deps, cookie);
      if (!session || !cookie) {
        if (cookie !== undefined) clearSessionCookie(c, env);
        throw new AppError(401, 'unauthenticated', 'Please sign in.');
      }
      const body: SessionResponse = {
        va: { name: session.va.name, email: session.va.email },
        csrfToken: csrfTokenFor(cookie),
      };
      return c.json(body, 200);
    })
    .post('/logout', signedIn, async (c) => {
      await signOut(deps, c.var.va.sessionId);
      clearSessionCookie(c, env);
      return c.body(null, 204);
    })
    .post('/logout-everywhere', signedIn, async (c) => {
      await signOutEverywhere(deps, c.var.va.userId);
      clearSessionCookie(c, env);
      return c.body(null, 204);
    });
}
