import { createMiddleware } from 'hono/factory';
import { AppError } from './errors.ts';

/**
 * What the admin routes know about the signed-in VA. The auth feature's `requireVa`
 * middleware sets it; every route under /api/admin reads it as `c.var.va`.
 */
export type SignedInVa = {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  /** Two-factor sign-in is on for her account. */
  twoFactorEnabled: boolean;
  /** When she last confirmed her password (and code) in this session (POST /api/auth/reauth). */
  reauthenticatedAt: Date | null;
};

export type AdminEnv = { Variables: { va: SignedInVa } };

/** How long a re-authentication lets her export or erase (ASVS 6.? / decision 0025). */
export const REAUTH_VALID_MINUTES = 5;

/**
 * Behind requireVa, for what takes much personal data out or away at once (the CSV export,
 * erasure): 403 `reauth_required` unless this session re-authenticated within the last
 * REAUTH_VALID_MINUTES (POST /api/auth/reauth).
 */
export const requireRecentReauth = createMiddleware<AdminEnv>(async (c, next) => {
  const at = c.var.va.reauthenticatedAt;
  if (!at || Date.now() - at.getTime() > REAUTH_VALID_MINUTES * 60_000) {
    throw new AppError(403, 'reauth_required', 'Confirm your password first (again after 5 minutes).');
  }
  await next();
});
