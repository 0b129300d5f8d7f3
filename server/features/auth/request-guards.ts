import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Env } from '../../env.ts';
import { AppError } from '../../lib/errors.ts';
import { KNOWN_SIGN_IN_DAYS } from './auth.service.ts';

/**
 * The session cookie: 256 random bits; the database keeps only their sha-256. Where it is Secure
 * (production) it is named `__Host-ds_session`: a browser then takes it only when it is Secure,
 * Path=/ and without Domain, so no subdomain or plain-http page can set or shadow it. Over plain
 * http in development and tests it is `ds_session` (Safari refuses Secure cookies from
 * http://localhost, and a `__Host-` cookie needs Secure); see docs/decisions/0024.
 */
export function sessionCookieName(env: Pick<Env, 'NODE_ENV'>): string {
  return isSecureCookieEnv(env) ? '__Host-ds_session' : 'ds_session';
}

type CookieEnv = Pick<Env, 'NODE_ENV' | 'SESSION_MAX_HOURS'>;

function isSecureCookieEnv(env: Pick<Env, 'NODE_ENV'>): boolean {
  return env.NODE_ENV === 'production';
}

function cookieOptions(env: CookieEnv) {
  // No Domain: the cookie goes back only to the host that set it.
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecureCookieEnv(env) } as const;
}

export function readSessionCookie(c: Context, env: Pick<Env, 'NODE_ENV'>): string | undefined {
  return getCookie(c, sessionCookieName(env));
}

export function setSessionCookie(c: Context, env: CookieEnv, sessionToken: string): void {
  // Hono checks a `__Host-` name's rules (Secure, Path=/, no Domain) and throws when one is off.
  setCookie(c, sessionCookieName(env), sessionToken, { ...cookieOptions(env), maxAge: env.SESSION_MAX_HOURS * 60 * 60 });
}

export function clearSessionCookie(c: Context, env: CookieEnv): void {
  deleteCookie(c, sessionCookieName(env), cookieOptions(env));
}

/**
 * The device cookie: 256 random bits that mark a browser the VA signed in with (KnownSignIn keeps
 * their sha-256). Only the sign-in reads it; a stranger cannot use up its throttle.
 */
const DEVICE_COOKIE = 'ds_device';

export function readDeviceCookie(c: Context): string | undefined {
  return getCookie(c, DEVICE_COOKIE);
}

export function setDeviceCookie(c: Context, env: CookieEnv, deviceToken: string): void {
  setCookie(c, DEVICE_COOKIE, deviceToken, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/api/auth',
    secure: isSecureCookieEnv(env),
    maxAge: KNOWN_SIGN_IN_DAYS * 24 * 60 * 60,
  });
}

/** Methods that change nothing; every other method needs the CSRF token under /api/admin. */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * Refuses a request a browser sent on behalf of another site (403 csrf_failed):
 * - `Sec-Fetch-Site` (set by the browser, never by a page): only `same-origin` and `none` pass;
 * - without it (older browsers, other clients): an `Origin` header must be PUBLIC_URL's origin
 *   or name the host the request was sent to. No Origin at all is not a browser's cross-site
 *   request and passes (the session cookie is SameSite=Lax besides).
 * The same approach as Go's http.CrossOriginProtection; see docs/decisions/0004.
 */
export function rejectCrossSite(c: Context, env: Pick<Env, 'PUBLIC_URL'>): void {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin === new URL(env.PUBLIC_URL).origin) return;
  const fetchSite = c.req.header('sec-fetch-site');
  if (fetchSite !== undefined) {
    if (fetchSite === 'same-origin' || fetchSite === 'none') return;
    throw crossSite();
  }
  if (origin === undefined) return;
  const ownHost = c.req.header('host') ?? new URL(c.req.url).host;
  if (hostOf(origin) !== ownHost.toLowerCase()) throw crossSite();
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed or opaque origins) or garbage: never our own host
  }
}

function crossSite(): AppError {
  return new AppError(403, 'csrf_failed', 'Cross-site requests are not allowed here.');
}
