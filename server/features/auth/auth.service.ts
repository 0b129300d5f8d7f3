import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  passwordProblem,
  VaEmail,
  type ChangePasswordInput,
  type LoginInput,
  type PasswordProblem,
  type SignedInVaDto,
  type VaSessionDto,
} from '#shared/schemas/auth.ts';
import type { ApiFieldIssue } from '#shared/schemas/common.ts';
import type { AppDeps } from '../../app-deps.ts';
import { isLocalOnly } from '../../env.ts';
import type { SignedInVa } from '../../lib/auth-context.ts';
import { isUniqueViolation, type Db } from '../../lib/db.ts';
import { validationError } from '../../lib/errors.ts';
import { logSecurityEvent, pseudonym, type Logger } from '../../lib/logger.ts';
import { signInFailures } from '../../lib/metrics.ts';
import { generateToken, hashToken } from '../../lib/security.ts';
import {
  claimTotpStep,
  countRecoveryCodes,
  countVas,
  deleteExpiredPendingSignIns,
  deletePendingSignIn,
  findPendingSignIn,
  insertPendingSignIn,
  useRecoveryCode,
  deleteExpiredSessions,
  deleteKnownSignInsBefore,
  deleteKnownSignInsOfUser,
  deleteLoginAttempts,
  deleteLoginFailures,
  deleteLoginFailuresBefore,
  deleteSession,
  deleteSessionByTokenHash,
  deleteKnownSignInsOfUserExcept,
  deleteOtherSessionsOfUser,
  deleteSessionOfUser,
  deleteSessionsOfUser,
  findKnownSignIns,
  findPasswordHash,
  listActiveSessionsOfUser,
  findSessionByTokenHash,
  findVaByEmail,
  insertLoginAttempts,
  insertSession,
  insertVa,
  listLoginAttemptsSince,
  touchSession,
  updateVa,
  upsertKnownSignIns,
  type VaRecord,
} from './auth.repository.ts';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password.ts';
import { newPasswordProblem } from './password-policy.ts';
import { describeUserAgent } from './user-agent.ts';
import { newPendingSignInToken, normaliseTotpCode, openTotpSecret, recoveryCodeHash, totpStepOf } from './totp.ts';

type AuthDeps = Pick<AppDeps, 'db' | 'env' | 'log'>;

const MINUTE_MS = 60_000;
/** lastSeenAt moves at most once a minute: no database write for every request. */
const TOUCH_INTERVAL_MS = MINUTE_MS;
/** A session token: 256 random bits, base64url (43 characters). */
const SESSION_TOKEN_BYTES = 32;
const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** A browser or address the VA signed in from is known for this long after her last sign-in there. */
export const KNOWN_SIGN_IN_DAYS = 90;
const DAY_MS = 24 * 60 * MINUTE_MS;

// ---------------------------------------------------------------------------------------------
// Accounts

/**
 * Creates the VA account, or sets a new password (and name, when given) for an existing one;
 * a new password ends all of that account's sessions. Refuses (422 per field) a bad address,
 * a missing name for a new account and a weak, common or leaked password (newPasswordProblem).
 */
export async function saveVa(
  deps: { db: Db; log: Logger },
  input: { email: string; name?: string | undefined; password: string },
): Promise<{ va: VaRecord; created: boolean; endedSessions: number }> {
  const email = VaEmail.safeParse(input.email);
  const name = input.name?.trim();
  const issues: ApiFieldIssue[] = [];
  if (!email.success) issues.push({ path: 'email', message: 'must be a valid e-mail address' });
  if (input.name !== undefined && !name) issues.push({ path: 'name', message: 'must not be empty' });
  const basicProblem = passwordProblem(email.data ?? input.email, input.password);
  if (basicProblem) issues.push({ path: 'password', ...basicProblem });
  if (!email.success || issues.length > 0) throw validationError(issues);

  const existing = await findVaByEmail(deps.db, email.data);
  const problem = await newPasswordProblem({ email: email.data, name: name || existing?.name }, input.password);
  if (problem) throw validationError([{ path: 'password', ...problem }]);
  if (existing) {
    const passwordHash = await hashPassword(input.password);
    const va = await updateVa(deps.db, existing.id, { passwordHash, ...(name ? { name } : {}) });
    // Browsers and addresses known by the old password are strangers again.
    await deleteKnownSignInsOfUser(deps.db, existing.id);
    const endedSessions = await deleteSessionsOfUser(deps.db, existing.id);
    logSecurityEvent(deps.log, 'password-changed', { userId: va.id, endedSessions });
    return { va, created: false, endedSessions };
  }
  if (!name) throw validationError([{ path: 'name', message: 'is required for a new account' }]);
  const va = await insertVa(deps.db, { email: email.data, name, passwordHash: await hashPassword(input.password) });
  logSecurityEvent(deps.log, 'account-created', { userId: va.id });
  return { va, created: true, endedSessions: 0 };
}

const DEMO_VA_EMAIL = 'demo@delegatiescan.local';

/**
 * The demo account for a fresh local installation: only on the embedded SQLite database, only
 * when there is no account at all, and in production only while nobody but this machine reaches
 * the app (isLocalOnly: the README's first `npm start`). Its password is random and returned once
 * (only the hash is kept); null when nothing was created.
 */
export async function createDemoVaIfFresh(
  deps: { db: Db; env: Pick<AppDeps['env'], 'NODE_ENV' | 'HOST' | 'TRUST_PROXY' | 'SMTP_URL'> },
): Promise<{ email: string; password: string } | null> {
  if ((deps.env.NODE_ENV === 'production' && !isLocalOnly(deps.env)) || deps.db.provider !== 'sqlite') return null;
  if ((await countVas(deps.db)) > 0) return null;
  const password = generateToken(12); // 96 random bits, 16 characters
  try {
    await insertVa(deps.db, { email: DEMO_VA_EMAIL, name: 'Demo VA', passwordHash: await hashPassword(password) });
  } catch (error) {
    // Several processes started at once on a fresh database: one of them made it.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  return { email: DEMO_VA_EMAIL, password };
}

// ---------------------------------------------------------------------------------------------
// Sign-in

export type SignInOutcome =
  | { kind: 'signed-in'; sessionToken: string; csrfToken: string; deviceToken: string; va: SignedInVaDto; twoFactorEnabled: boolean }
  | { kind: 'second-step'; pendingToken: string }
  | { kind: 'invalid-credentials' }
  | { kind: 'throttled'; retryAfterSeconds: number };

/** How long the second step of a sign-in (the code) may follow its password. */
export const PENDING_SIGN_IN_MINUTES = 5;

type SignInClient = { address: string; userAgent: string | null; currentSessionToken?: string | undefined; deviceToken?: string | undefined };

/**
 * Counts the attempt first, atomically, then checks the throttles (a throttled request never
 * reaches the password check), then the password. An unknown address and a wrong password take
 * the same path and the same time. With two-factor sign-in on, a right password makes no
 * session: it answers a pending token for the second step (signInSecondStep).
 *
 * Which throttles count depends on where the attempt comes from (docs/decisions/0013):
 * - a browser she signed in with before (its device cookie): only that browser's own failures;
 * - an address she signed in from before: that address's failures, for her account and in all;
 * - anyone else: the account's failures from all strangers, and the address's.
 * So strangers can slow down strangers, never the VA on a browser or at an address she used.
 */
export async function signIn(
  deps: AuthDeps,
  input: LoginInput,
  client: SignInClient,
  now = new Date(),
): Promise<SignInOutcome> {
  const { db, env } = deps;
  const accountKey = `account:${input.email}`;
  const addressKey = `ip:${client.address}`;

  const va = await findVaByEmail(db, input.email);
  const deviceKey = client.deviceToken && client.deviceToken.length <= 100 ? deviceSignInKey(client.deviceToken) : null;
  const knownAddressKey = va ? addressSignInKey(va.passwordHash, client.address) : null;
  const known = va
    ? await findKnownSignIns(db, va.id, [deviceKey, knownAddressKey].filter((key) => key !== null), new Date(now.getTime() - KNOWN_SIGN_IN_DAYS * DAY_MS))
    : new Set<string>();
  const perAccount = env.LOGIN_MAX_FAILURES_PER_ACCOUNT;
  const perAddress = env.LOGIN_MAX_FAILURES_PER_ADDRESS;
  const buckets: Bucket[] =
    deviceKey && known.has(deviceKey)
      ? [{ key: deviceKey, max: perAccount }]
      : knownAddressKey && known.has(knownAddressKey)
        ? [{ key: `${accountKey}|${addressKey}`, max: perAccount }, { key: addressKey, max: perAddress }]
        : [{ key: accountKey, max: perAccount }, { key: addressKey, max: perAddress }];

  // For the security log: the account tried (it may be a typo of hers, or a password typed in the
  // wrong field) and the address only as pseudonyms, and whether she came from a known place.
  const who = { account: pseudonym(input.email), client: pseudonym(client.address) };
  const from = deviceKey && known.has(deviceKey) ? 'known-browser' : knownAddressKey && known.has(knownAddressKey) ? 'known-address' : 'elsewhere';

  const attempt = await countAttempt(deps, buckets, now);
  if (attempt.retryAfterSeconds > 0) {
    logSecurityEvent(deps.log, 'sign-in-throttled', { ...who, retryAfterSeconds: attempt.retryAfterSeconds }, 'sign-in throttled');
    signInFailures.inc({ reason: 'throttled' });
    return { kind: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
  }

  const passwordOk = await verifyPassword(va?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!va || !passwordOk) {
    signInFailures.inc({ reason: 'invalid_credentials' }); // its recorded attempt stays: a failure
    logSecurityEvent(deps.log, 'sign-in-failed', { ...who, from });
    return { kind: 'invalid-credentials' };
  }

  await deleteLoginAttempts(db, attempt.ids);
  let passwordHash = va.passwordHash;
  if (needsRehash(passwordHash)) {
    passwordHash = await hashPassword(input.password);
    await updateVa(db, va.id, { passwordHash });
  }

  if (va.totpEnabledAt) {
    // The password was right; the mistakes counted stay until the code is right too.
    const pendingToken = newPendingSignInToken();
    await insertPendingSignIn(db, {
      tokenHash: hashToken(pendingToken),
      userId: va.id,
      attemptKeys: buckets.map((bucket) => bucket.key).join(' '),
      origin: from,
      deviceHash: deviceKey && known.has(deviceKey) ? hashToken(client.deviceToken!) : null,
      expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_MINUTES * MINUTE_MS),
    });
    return { kind: 'second-step', pendingToken };
  }
  return startSession(deps, { ...va, passwordHash }, buckets, from, client, deviceKey !== null && known.has(deviceKey), now);
}

export type SecondStepOutcome =
  | Extract<SignInOutcome, { kind: 'signed-in' | 'throttled' }>
  | { kind: 'invalid-code' }
  | { kind: 'expired' };

/**
 * The second step of a sign-in with two-factor on: the pending token from signIn and a code
 * from her authenticator app (each accepted once) or one of her recovery codes (used up). The
 * attempt counts in the same throttles as the password did, before the code is checked.
 */
export async function signInSecondStep(
  deps: AuthDeps,
  input: { pendingToken: string; code: string },
  client: SignInClient,
  now = new Date(),
): Promise<SecondStepOutcome> {
  const { db, env } = deps;
  const pending = input.pendingToken.length <= 100 ? await findPendingSignIn(db, hashToken(input.pendingToken)) : null;
  if (!pending || pending.expiresAt.getTime() <= now.getTime() || !pending.user.totpEnabledAt || !pending.user.totpSecret) {
    return { kind: 'expired' };
  }
  const buckets: Bucket[] = pending.attemptKeys.split(' ').map((key) => ({
    key,
    max: key.startsWith('ip:') ? env.LOGIN_MAX_FAILURES_PER_ADDRESS : env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
  }));
  const attempt = await countAttempt(deps, buckets, now);
  if (attempt.retryAfterSeconds > 0) {
    logSecurityEvent(deps.log, 'sign-in-throttled', { userId: pending.user.id, retryAfterSeconds: attempt.retryAfterSeconds }, 'sign-in throttled');
    signInFailures.inc({ reason: 'throttled' });
    return { kind: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
  }
  const factor = await verifySecondFactor(deps, { id: pending.user.id, totpSecret: pending.user.totpSecret }, input.code, now);
  if (!factor) {
    signInFailures.inc({ reason: 'invalid_code' });
    logSecurityEvent(deps.log, 'sign-in-second-step-failed', { userId: pending.user.id, from: pending.origin });
    return { kind: 'invalid-code' };
  }
  await deleteLoginAttempts(db, attempt.ids);
  // Two requests with two right codes at once: one session.
  if (!(await deletePendingSignIn(db, pending.id))) return { kind: 'expired' };
  const knownDevice = pending.deviceHash !== null && client.deviceToken !== undefined && hashToken(client.deviceToken) === pending.deviceHash;
  return startSession(deps, pending.user, buckets, pending.origin, client, knownDevice, now);
}

/**
 * Checks a second factor for this account: a six-digit code (right now or one step either side,
 * and later than the last code accepted) or a recovery code (which is used up). Answers which, or null.
 */
export async function verifySecondFactor(
  deps: AuthDeps,
  user: { id: string; totpSecret: string },
  code: string,
  now: Date,
): Promise<'totp' | 'recovery' | null> {
  if (normaliseTotpCode(code)) {
    const step = totpStepOf(openTotpSecret(user.totpSecret, deps.env.TOTP_ENCRYPTION_KEY), code, now);
    return step !== null && (await claimTotpStep(deps.db, user.id, step)) ? 'totp' : null;
  }
  const codeHash = recoveryCodeHash(code);
  if (!codeHash || !(await useRecoveryCode(deps.db, user.id, codeHash))) return null;
  logSecurityEvent(deps.log, 'recovery-code-used', { userId: user.id, left: await countRecoveryCodes(deps.db, user.id) });
  return 'recovery';
}

/** The end of a successful sign-in: failures forgiven, this browser and address known, a new session. */
async function startSession(
  deps: AuthDeps,
  va: { id: string; name: string; email: string; passwordHash: string; totpEnabledAt: Date | null },
  buckets: Bucket[],
  from: string,
  client: SignInClient,
  knownDevice: boolean,
  now: Date,
): Promise<Extract<SignInOutcome, { kind: 'signed-in' }>> {
  const { db, env } = deps;
  // The mistakes counted where she came from are forgiven; the address's count stays (others
  // may share it), and so do strangers' when she came by a known browser or address.
  for (const bucket of buckets) {
    if (!bucket.key.startsWith('ip:')) await deleteLoginFailures(db, bucket.key);
  }
  // This browser and this address are hers from now on (a browser without a known cookie gets a new one).
  const deviceToken = knownDevice ? client.deviceToken! : generateToken(SESSION_TOKEN_BYTES);
  await upsertKnownSignIns(db, va.id, [deviceSignInKey(deviceToken), addressSignInKey(va.passwordHash, client.address)], now);
  // A new session every time (never the one the browser brought), and that one ends.
  if (client.currentSessionToken) await deleteSessionByTokenHash(db, hashToken(client.currentSessionToken));
  const sessionToken = generateToken(SESSION_TOKEN_BYTES);
  const csrfToken = csrfTokenFor(sessionToken);
  await insertSession(db, {
    tokenHash: hashToken(sessionToken),
    csrfTokenHash: hashToken(csrfToken),
    userId: va.id,
    expiresAt: new Date(now.getTime() + env.SESSION_MAX_HOURS * 60 * MINUTE_MS),
    userAgent: client.userAgent?.slice(0, 500) ?? null,
    now,
  });
  logSecurityEvent(deps.log, 'sign-in', {
    userId: va.id,
    client: pseudonym(client.address),
    from,
    ...(va.totpEnabledAt ? { twoFactor: true } : {}),
  });
  return {
    kind: 'signed-in',
    sessionToken,
    csrfToken,
    deviceToken,
    va: { name: va.name, email: va.email },
    twoFactorEnabled: va.totpEnabledAt !== null,
  };
}

/**
 * Records the attempt under each bucket before anything is checked (of N attempts at once, the
 * k-th to be recorded sees at least k, so no more than the limit get past), then answers the
 * longest wait any bucket asks for (0 = go on). A refused attempt's rows are deleted again: it
 * does not extend the lock. The rows of an attempt that goes on stay unless it succeeds: a failure.
 */
export async function countAttempt(deps: AuthDeps, buckets: Bucket[], now: Date): Promise<{ ids: string[]; retryAfterSeconds: number }> {
  const ids = await insertLoginAttempts(deps.db, buckets.map((bucket) => bucket.key), now);
  const retryAfterSeconds = Math.max(...(await Promise.all(buckets.map((bucket) => throttledFor(deps, bucket, ids, now)))));
  if (retryAfterSeconds > 0) await deleteLoginAttempts(deps.db, ids);
  return { ids, retryAfterSeconds };
}

function deviceSignInKey(deviceToken: string): string {
  return `device:${hashToken(deviceToken)}`;
}

/**
 * An address as KnownSignIn keeps it: keyed by her password hash, so the table alone does not
 * give the address away (a plain hash of an IPv4 address is reversed by trying them all).
 */
function addressSignInKey(passwordHash: string, address: string): string {
  return `address:${createHmac('sha256', passwordHash).update(address).digest('hex')}`;
}

/** A throttle: at most `max` failures under `key` within the window. */
export type Bucket = { key: string; max: number };

/**
 * Seconds until this attempt may be tried again: 0 while the attempts in the window (its own
 * included) stay within `max`, otherwise until enough of the others have left the window.
 */
async function throttledFor(deps: AuthDeps, bucket: Bucket, ownIds: string[], now: Date) {
  const windowMs = deps.env.LOGIN_THROTTLE_WINDOW_MINUTES * MINUTE_MS;
  const attempts = await listLoginAttemptsSince(deps.db, bucket.key, new Date(now.getTime() - windowMs));
  if (attempts.length <= bucket.max) return 0;
  const others = attempts.filter((attempt) => !ownIds.includes(attempt.id));
  const freeing = others[others.length - bucket.max] ?? others[0];
  if (!freeing) return 1;
  return Math.max(1, Math.ceil((freeing.createdAt.getTime() + windowMs - now.getTime()) / 1000));
}

/** What endSignInsPastTheirLife deleted. */
export type EndedSignIns = { sessions: number; failedSignIns: number; knownSignIns: number; pendingSignIns: number };

/**
 * Deletes ended sessions, failed sign-ins outside the throttle window and browsers or addresses
 * not used for KNOWN_SIGN_IN_DAYS. The daily job runs it: nothing reads these rows any more,
 * but they tell when and from where someone tried, so they do not stay.
 */
export async function endSignInsPastTheirLife(deps: AuthDeps, now: Date): Promise<EndedSignIns> {
  const { db, env } = deps;
  return {
    sessions: await deleteExpiredSessions(db, now, new Date(now.getTime() - env.SESSION_IDLE_MINUTES * MINUTE_MS)),
    failedSignIns: await deleteLoginFailuresBefore(db, new Date(now.getTime() - env.LOGIN_THROTTLE_WINDOW_MINUTES * MINUTE_MS)),
    knownSignIns: await deleteKnownSignInsBefore(db, new Date(now.getTime() - KNOWN_SIGN_IN_DAYS * DAY_MS)),
    pendingSignIns: await deleteExpiredPendingSignIns(db, now),
  };
}

// ---------------------------------------------------------------------------------------------
// Sessions

export type ActiveSession = { va: SignedInVa; csrfTokenHash: string };

/**
 * The session behind a cookie value, or null. An ended session (idle too long, or past its
 * absolute expiry) is deleted and treated as absent; an active one slides its idle expiry.
 */
export async function resolveSession(
  deps: AuthDeps,
  sessionToken: string | undefined,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!sessionToken || !SESSION_TOKEN_PATTERN.test(sessionToken)) return null;
  const session = await findSessionByTokenHash(deps.db, hashToken(sessionToken));
  if (!session) return null;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt.getTime() <= now.getTime() || idleMs >= deps.env.SESSION_IDLE_MINUTES * MINUTE_MS) {
    await deleteSession(deps.db, session.id);
    return null;
  }
  if (idleMs >= TOUCH_INTERVAL_MS) await touchSession(deps.db, session.id, now);
  return {
    va: {
      userId: session.user.id,
      email: session.user.email,
      name: session.user.name,
      sessionId: session.id,
      twoFactorEnabled: session.user.totpEnabledAt !== null,
      reauthenticatedAt: session.reauthenticatedAt,
    },
    csrfTokenHash: session.csrfTokenHash,
  };
}

/**
 * The session's CSRF token: derived from the session token (which only the browser holds), so
 * every tab of one session gets the same token and only its hash is stored.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('delegatiescan:csrf:v1').digest('base64url');
}

/** Compares the hash of the presented token with the stored hash, in constant time. */
export function csrfTokenMatches(session: ActiveSession, presented: string | undefined): boolean {
  if (!presented || presented.length > 200) return false;
  const expected = Buffer.from(session.csrfTokenHash, 'utf8');
  const actual = Buffer.from(hashToken(presented), 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export async function signOut(deps: { db: Db; log: Logger }, va: SignedInVa): Promise<void> {
  await deleteSession(deps.db, va.sessionId);
  logSecurityEvent(deps.log, 'signed-out', { userId: va.userId });
}

/** Ends every session of this VA (this browser's too); answers how many ended. */
export async function signOutEverywhere(deps: { db: Db; log: Logger }, userId: string): Promise<number> {
  const endedSessions = await deleteSessionsOfUser(deps.db, userId);
  logSecurityEvent(deps.log, 'signed-out-everywhere', { userId, endedSessions });
  return endedSessions;
}

/**
 * The VA's sessions that have not ended, newest activity first, with the browser and system
 * read from each one's User-Agent; `current` marks the session asking.
 */
export async function listSessions(deps: AuthDeps, va: SignedInVa, now = new Date()): Promise<VaSessionDto[]> {
  const idleBefore = new Date(now.getTime() - deps.env.SESSION_IDLE_MINUTES * MINUTE_MS);
  const sessions = await listActiveSessionsOfUser(deps.db, va.userId, now, idleBefore);
  return sessions.map((session) => ({
    id: session.id,
    ...describeUserAgent(session.userAgent),
    signedInAt: session.createdAt.toISOString(),
    lastActiveAt: session.lastSeenAt.toISOString(),
    current: session.id === va.sessionId,
  }));
}

export type EndSessionOutcome = 'ended' | 'not-found' | 'current';

/**
 * Ends one of the VA's other sessions. Another VA's session, or one that does not exist, is
 * 'not-found' (the same answer, so ids cannot be probed); this browser's own is 'current'
 * (signing out here is POST /api/auth/logout).
 */
export async function endSession(deps: { db: Db; log: Logger }, va: SignedInVa, sessionId: string): Promise<EndSessionOutcome> {
  if (sessionId === va.sessionId) return 'current';
  if (!(await deleteSessionOfUser(deps.db, va.userId, sessionId))) return 'not-found';
  logSecurityEvent(deps.log, 'session-ended', { userId: va.userId });
  return 'ended';
}

export type ChangePasswordOutcome =
  | { kind: 'changed'; endedSessions: number }
  | { kind: 'wrong-password' }
  | { kind: 'refused'; problem: PasswordProblem }
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Changes the signed-in VA's password. The current password is checked like a sign-in: the
 * attempt is counted first under `password-change:<user>` (LOGIN_MAX_FAILURES_PER_ACCOUNT per
 * LOGIN_THROTTLE_WINDOW_MINUTES), so a stolen session cannot be used to guess the password.
 * The new password passes newPasswordProblem and differs from the current one. On success every
 * other session of the VA ends (this one stays), and only this browser stays a known one.
 */
export async function changePassword(
  deps: AuthDeps,
  va: SignedInVa,
  input: ChangePasswordInput,
  client: { address: string; deviceToken?: string | undefined },
  now = new Date(),
): Promise<ChangePasswordOutcome> {
  const { db } = deps;
  const bucket: Bucket = { key: `password-change:${va.userId}`, max: deps.env.LOGIN_MAX_FAILURES_PER_ACCOUNT };
  const attemptIds = await insertLoginAttempts(db, [bucket.key], now);
  const retryAfterSeconds = await throttledFor(deps, bucket, attemptIds, now);
  if (retryAfterSeconds > 0) {
    await deleteLoginAttempts(db, attemptIds);
    logSecurityEvent(deps.log, 'password-change-throttled', { userId: va.userId, retryAfterSeconds });
    return { kind: 'throttled', retryAfterSeconds };
  }

  const currentHash = await findPasswordHash(db, va.userId);
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    logSecurityEvent(deps.log, 'password-change-failed', { userId: va.userId }); // its attempt stays: a failure
    return { kind: 'wrong-password' };
  }
  await deleteLoginFailures(db, bucket.key);

  const problem =
    input.password === input.currentPassword
      ? ({ code: 'same_as_current', message: 'must differ from the current password' } as const)
      : await newPasswordProblem({ email: va.email, name: va.name }, input.password);
  if (problem) return { kind: 'refused', problem };

  const passwordHash = await hashPassword(input.password);
  await updateVa(db, va.userId, { passwordHash });
  const endedSessions = await deleteOtherSessionsOfUser(db, va.userId, va.sessionId);
  // Browsers and addresses known by the old password are strangers again; this one stays hers.
  const deviceKey = client.deviceToken && client.deviceToken.length <= 100 ? deviceSignInKey(client.deviceToken) : null;
  const stillKnown = deviceKey
    ? await findKnownSignIns(db, va.userId, [deviceKey], new Date(now.getTime() - KNOWN_SIGN_IN_DAYS * DAY_MS))
    : new Set<string>();
  await deleteKnownSignInsOfUserExcept(db, va.userId, [...stillKnown]);
  await upsertKnownSignIns(db, va.userId, [addressSignInKey(passwordHash, client.address)], now);
  logSecurityEvent(deps.log, 'password-changed', { userId: va.userId, endedSessions });
  return { kind: 'changed', endedSessions };
}
