import type { RecoveryCodesResponse, TwoFactorSetup, TwoFactorStatus } from '#shared/schemas/auth.ts';
import type { AppDeps } from '../../app-deps.ts';
import { REAUTH_VALID_MINUTES, type SignedInVa } from '../../lib/auth-context.ts';
import { AppError } from '../../lib/errors.ts';
import { logSecurityEvent } from '../../lib/logger.ts';
import {
  countRecoveryCodes,
  deleteLoginAttempts,
  disableTotp,
  enableTotp,
  findTwoFactorOf,
  replaceRecoveryCodes,
  setPendingTotpSecret,
  setSessionReauthenticated,
} from './auth.repository.ts';
import { countAttempt, verifySecondFactor, type Bucket } from './auth.service.ts';
import { verifyPassword } from './password.ts';
import {
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  recoveryCodeHash,
  sealTotpSecret,
  totpEnrolment,
  totpStepOf,
} from './totp.ts';

type Deps = Pick<AppDeps, 'db' | 'env' | 'log'>;

/**
 * Two-factor set-up and the checks of a signed-in VA (re-authentication, turning it off, new
 * recovery codes). A wrong password or code here counts in a throttle of its own per account
 * (`reauth:<id>`, as many as LOGIN_MAX_FAILURES_PER_ACCOUNT per window): someone with her
 * session in hand cannot guess her password or codes without end. docs/decisions/0025.
 */

async function account(deps: Deps, userId: string) {
  const user = await findTwoFactorOf(deps.db, userId);
  if (!user) throw new AppError(401, 'unauthenticated', 'Please sign in.');
  return user;
}

/** Counts the check, refuses it while throttled, and forgives it when `check` answers true. */
async function throttledCheck(deps: Deps, userId: string, check: () => Promise<boolean>, now: Date): Promise<boolean> {
  const bucket: Bucket = { key: `reauth:${userId}`, max: deps.env.LOGIN_MAX_FAILURES_PER_ACCOUNT };
  const attempt = await countAttempt(deps, [bucket], now);
  if (attempt.retryAfterSeconds > 0) {
    const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
    throw new AppError(429, 'login_throttled', `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
  const ok = await check();
  if (ok) await deleteLoginAttempts(deps.db, attempt.ids);
  return ok;
}

// 403, not 401: she is signed in, and the back office takes a 401 for a session that ended.
function invalidCode(): AppError {
  return new AppError(403, 'invalid_code', 'That code is not correct (or was used already).');
}

export async function twoFactorStatus(deps: Deps, va: SignedInVa): Promise<TwoFactorStatus> {
  const user = await account(deps, va.userId);
  return { enabled: user.totpEnabledAt !== null, recoveryCodesLeft: user.totpEnabledAt ? await countRecoveryCodes(deps.db, va.userId) : 0 };
}

/** A new secret to scan or type; two-factor is on only once she confirms a code from it. */
export async function startTwoFactorSetup(deps: Deps, va: SignedInVa): Promise<TwoFactorSetup> {
  const user = await account(deps, va.userId);
  if (user.totpEnabledAt) throw new AppError(409, 'two_factor_enabled', 'Two-factor sign-in is already on.');
  const secret = newTotpSecret();
  await setPendingTotpSecret(deps.db, va.userId, sealTotpSecret(secret, deps.env.TOTP_ENCRYPTION_KEY));
  const { uri, qrSvg } = await totpEnrolment(secret, user.email);
  return { secret, otpauthUri: uri, qrSvg };
}

/** Confirms the set-up with a current code: two-factor on, ten recovery codes shown once. */
export async function confirmTwoFactorSetup(deps: Deps, va: SignedInVa, code: string, now = new Date()): Promise<RecoveryCodesResponse> {
  const user = await account(deps, va.userId);
  if (user.totpEnabledAt) throw new AppError(409, 'two_factor_enabled', 'Two-factor sign-in is already on.');
  if (!user.totpPendingSecret) throw new AppError(409, 'no_setup', 'Start the set-up first.');
  const pendingSecret = user.totpPendingSecret;
  let step: number | null = null;
  const ok = await throttledCheck(deps, va.userId, async () => {
    step = totpStepOf(openTotpSecret(pendingSecret, deps.env.TOTP_ENCRYPTION_KEY), code, now);
    return step !== null;
  }, now);
  if (!ok || step === null) throw invalidCode();
  const recoveryCodes = newRecoveryCodes();
  await enableTotp(deps.db, va.userId, {
    sealedSecret: pendingSecret,
    step,
    recoveryCodeHashes: recoveryCodes.map((recoveryCode) => recoveryCodeHash(recoveryCode)!),
    at: now,
  });
  logSecurityEvent(deps.log, '2fa-enabled', { userId: va.userId });
  return { recoveryCodes };
}

/** New recovery codes (the old ones stop working), after a code. */
export async function regenerateRecoveryCodes(deps: Deps, va: SignedInVa, code: string, now = new Date()): Promise<RecoveryCodesResponse> {
  const user = await account(deps, va.userId);
  const totpSecret = user.totpSecret;
  if (!user.totpEnabledAt || !totpSecret) throw new AppError(409, 'two_factor_disabled', 'Two-factor sign-in is off.');
  const ok = await throttledCheck(deps, va.userId, async () => (await verifySecondFactor(deps, { id: va.userId, totpSecret }, code, now)) !== null, now);
  if (!ok) throw invalidCode();
  const recoveryCodes = newRecoveryCodes();
  await replaceRecoveryCodes(deps.db, va.userId, recoveryCodes.map((recoveryCode) => recoveryCodeHash(recoveryCode)!));
  logSecurityEvent(deps.log, 'recovery-codes-regenerated', { userId: va.userId });
  return { recoveryCodes };
}

/** Turns two-factor off: her password and a code. */
export async function disableTwoFactor(deps: Deps, va: SignedInVa, input: { password: string; code: string }, now = new Date()): Promise<void> {
  const user = await account(deps, va.userId);
  const totpSecret = user.totpSecret;
  if (!user.totpEnabledAt || !totpSecret) throw new AppError(409, 'two_factor_disabled', 'Two-factor sign-in is off.');
  let passwordOk = false;
  const ok = await throttledCheck(deps, va.userId, async () => {
    passwordOk = await verifyPassword(user.passwordHash, input.password);
    return passwordOk && (await verifySecondFactor(deps, { id: va.userId, totpSecret }, input.code, now)) !== null;
  }, now);
  if (!ok) {
    logSecurityEvent(deps.log, 'reauth-failed', { userId: va.userId, what: '2fa-disable' });
    throw passwordOk ? invalidCode() : invalidPassword();
  }
  await disableTotp(deps.db, va.userId);
  logSecurityEvent(deps.log, '2fa-disabled', { userId: va.userId });
}

function invalidPassword(): AppError {
  return new AppError(403, 'invalid_password', 'That password is not correct.');
}

/**
 * Re-authentication in this session: her password, and a code when two-factor is on. Exports
 * and erasure are allowed for REAUTH_VALID_MINUTES after it (requireRecentReauth).
 */
export async function reauthenticate(deps: Deps, va: SignedInVa, input: { password: string; code?: string | undefined }, now = new Date()): Promise<{ reauthenticatedUntil: string }> {
  const user = await account(deps, va.userId);
  const totpSecret = user.totpEnabledAt ? user.totpSecret : null;
  if (totpSecret && !input.code) throw new AppError(422, 'code_required', 'Enter a code from your authenticator app.');
  let passwordOk = false;
  const ok = await throttledCheck(deps, va.userId, async () => {
    passwordOk = await verifyPassword(user.passwordHash, input.password);
    if (!passwordOk) return false;
    return !totpSecret || (await verifySecondFactor(deps, { id: va.userId, totpSecret }, input.code!, now)) !== null;
  }, now);
  if (!ok) {
    logSecurityEvent(deps.log, 'reauth-failed', { userId: va.userId, what: 'reauth' });
    throw passwordOk ? invalidCode() : invalidPassword();
  }
  await setSessionReauthenticated(deps.db, va.sessionId, now);
  logSecurityEvent(deps.log, 'reauthenticated', { userId: va.userId });
  return { reauthenticatedUntil: new Date(now.getTime() + REAUTH_VALID_MINUTES * 60_000).toISOString() };
}
