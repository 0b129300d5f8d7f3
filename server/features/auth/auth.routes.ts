import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import {
  ChangePasswordInput,
  LoginInput,
  ReauthInput,
  SecondStepInput,
  type ChangePasswordResponse,
  type SecondStepRequired,
  type SessionResponse,
  type VaSessionsResponse,
} from '#shared/schemas/auth.ts';
import type { AppDeps } from '../../app-deps.ts';
import { requireRecentReauth, type AdminEnv } from '../../lib/auth-context.ts';
import { AppError, notFound, validationError } from '../../lib/errors.ts';
import { clientAddress } from '../../lib/rate-limit.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { changePassword, csrfTokenFor, endSession, listSessions, signIn, signInSecondStep, signOut, signOutEverywhere } from './auth.service.ts';
import { reauthenticate } from './two-factor.service.ts';
import { dummyPasswordHash } from './password.ts';
import {
  clearSessionCookie,
  readDeviceCookie,
  readSessionCookie,
  rejectCrossSite,
  setDeviceCookie,
  setSessionCookie,
} from './request-guards.ts';
import { requireVa } from './require-va.ts';

const MAX_LOGIN_BODY_BYTES = 8 * 1024;

const SessionIdParam = z.strictObject({ id: z.string().min(1).max(100) });

/**
 * /api/auth: sign in, who am I (+ CSRF token), sign out here or everywhere, her sessions (one
 * signed out at a time), and a new password. Under /api/auth rather than /api/admin so the
 * device cookie (Path=/api/auth) reaches the password change; the same guard (requireVa:
 * session + CSRF) stands before everything but the sign-in.
 */
export function authRoutes(deps: AppDeps) {
  const { env } = deps;
  const signedIn = requireVa(deps);
  void dummyPasswordHash(); // made now, so no first sign-in with an unknown address is slower

  const loginGuards = [
    createMiddleware((c, next) => {
      rejectCrossSite(c, env); // with the SameSite cookie: login CSRF needs another site's page
      c.header('Cache-Control', 'no-store');
      return next();
    }),
    limitBody(MAX_LOGIN_BODY_BYTES),
  ] as const;

  return new Hono<AdminEnv>()
    .post('/login', ...loginGuards, validate('json', LoginInput), async (c) => {
      const outcome = await signIn(deps, c.req.valid('json'), signInClient(c, env));
      if (outcome.kind === 'throttled') throw throttled(c, outcome.retryAfterSeconds);
      if (outcome.kind === 'invalid-credentials') {
        throw new AppError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');
      }
      if (outcome.kind === 'second-step') {
        const body: SecondStepRequired = { secondStep: true, pendingToken: outcome.pendingToken };
        return c.json(body, 200);
      }
      setSessionCookie(c, env, outcome.sessionToken);
      setDeviceCookie(c, env, outcome.deviceToken);
      const body: SessionResponse = { va: outcome.va, csrfToken: outcome.csrfToken, twoFactorEnabled: outcome.twoFactorEnabled };
      return c.json(body, 200);
    })
    .post('/login/second-step', ...loginGuards, validate('json', SecondStepInput), async (c) => {
      const outcome = await signInSecondStep(deps, c.req.valid('json'), signInClient(c, env));
      if (outcome.kind === 'throttled') throw throttled(c, outcome.retryAfterSeconds);
      if (outcome.kind === 'expired') {
        throw new AppError(401, 'second_step_expired', 'This sign-in has expired. Enter your e-mail address and password again.');
      }
      if (outcome.kind === 'invalid-code') throw new AppError(401, 'invalid_code', 'That code is not correct (or was used already).');
      setSessionCookie(c, env, outcome.sessionToken);
      setDeviceCookie(c, env, outcome.deviceToken);
      const body: SessionResponse = { va: outcome.va, csrfToken: outcome.csrfToken, twoFactorEnabled: outcome.twoFactorEnabled };
      return c.json(body, 200);
    })
    // Her password (and code) again before an export or erasure (docs/decisions/0025).
    .post('/reauth', signedIn, limitBody(MAX_LOGIN_BODY_BYTES), validate('json', ReauthInput), async (c) => {
      return c.json(await reauthenticate(deps, c.var.va, c.req.valid('json')), 200);
    })
    .get(
      '/session',
      (c, next) => {
        c.header('Cache-Control', 'no-store'); // on the 401 too
        return next();
      },
      signedIn, // a GET: the session is checked, no CSRF token is asked
      (c) => {
        const body: SessionResponse = {
          va: { name: c.var.va.name, email: c.var.va.email },
          // signedIn only lets a request with a live session cookie through.
          csrfToken: csrfTokenFor(readSessionCookie(c, env)!),
          twoFactorEnabled: c.var.va.twoFactorEnabled,
        };
        return c.json(body, 200);
      },
    )
    .post('/logout', signedIn, async (c) => {
      await signOut(deps, c.var.va);
      clearSessionCookie(c, env);
      return c.body(null, 204);
    })
    .post('/logout-everywhere', signedIn, requireRecentReauth, async (c) => {
      await signOutEverywhere(deps, c.var.va.userId);
      clearSessionCookie(c, env);
      return c.body(null, 204);
    })
    .get('/sessions', signedIn, async (c) => {
      const body: VaSessionsResponse = { sessions: await listSessions(deps, c.var.va) };
      return c.json(body, 200);
    })
    // Ending sessions asks for her password (and code) again first (ASVS 3.3.4, decision 0025).
    .delete('/sessions/:id', signedIn, requireRecentReauth, validate('param', SessionIdParam), async (c) => {
      const outcome = await endSession(deps, c.var.va, c.req.valid('param').id);
      if (outcome === 'not-found') throw notFound('No such session.');
      if (outcome === 'current') {
        throw new AppError(409, 'current_session', 'This is the session of this browser: sign out instead.');
      }
      return c.body(null, 204);
    })
    .post('/password', signedIn, limitBody(MAX_LOGIN_BODY_BYTES), validate('json', ChangePasswordInput), async (c) => {
      const outcome = await changePassword(deps, c.var.va, c.req.valid('json'), {
        address: clientAddress(c, env.TRUST_PROXY),
        deviceToken: readDeviceCookie(c),
      });
      if (outcome.kind === 'throttled') {
        c.header('Retry-After', String(outcome.retryAfterSeconds));
        const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
        throw new AppError(
          429,
          'password_change_throttled',
          `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        );
      }
      // 422, not 401: the session is fine, and a 401 would sign the back office out.
      // Each with its code (PasswordRefusalCode) for the client to translate.
      if (outcome.kind === 'wrong-password') {
        throw validationError([{ path: 'currentPassword', code: 'wrong_password', message: 'is not correct' }]);
      }
      if (outcome.kind === 'refused') throw validationError([{ path: 'password', ...outcome.problem }]);
      const body: ChangePasswordResponse = { endedSessions: outcome.endedSessions };
      return c.json(body, 200);
    });
}

function signInClient(c: Context, env: AppDeps['env']) {
  return {
    address: clientAddress(c, env.TRUST_PROXY),
    userAgent: c.req.header('user-agent') ?? null,
    currentSessionToken: readSessionCookie(c, env),
    deviceToken: readDeviceCookie(c),
  };
}

function throttled(c: Context, retryAfterSeconds: number): AppError {
  c.header('Retry-After', String(retryAfterSeconds));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(429, 'login_throttled', `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}
