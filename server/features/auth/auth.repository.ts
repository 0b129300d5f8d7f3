import { randomUUID } from 'node:crypto';
import { isUniqueViolation, type Db } from '../../lib/db.ts';

const vaSelect = { id: true, email: true, name: true } as const;

export type VaRecord = { id: string; email: string; name: string };

export async function findVaByEmail(db: Db, email: string) {
  return db.prisma.vaUser.findUnique({ where: { email }, select: { ...vaSelect, passwordHash: true, totpEnabledAt: true } });
}

export async function countVas(db: Db): Promise<number> {
  return db.prisma.vaUser.count();
}

export async function insertVa(db: Db, data: { email: string; name: string; passwordHash: string }): Promise<VaRecord> {
  return db.prisma.vaUser.create({ data, select: vaSelect });
}

export async function updateVa(
  db: Db,
  id: string,
  data: { name?: string; passwordHash?: string },
): Promise<VaRecord> {
  return db.prisma.vaUser.update({ where: { id }, data, select: vaSelect });
}

export async function insertSession(
  db: Db,
  data: { tokenHash: string; csrfTokenHash: string; userId: string; expiresAt: Date; userAgent: string | null; now: Date },
): Promise<{ id: string }> {
  const { now, ...rest } = data;
  return db.prisma.session.create({ data: { ...rest, createdAt: now, lastSeenAt: now }, select: { id: true } });
}

export async function findSessionByTokenHash(db: Db, tokenHash: string) {
  return db.prisma.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      csrfTokenHash: true,
      lastSeenAt: true,
      expiresAt: true,
      reauthenticatedAt: true,
      user: { select: { ...vaSelect, totpEnabledAt: true } },
    },
  });
}

/** Sliding idle expiry: moves lastSeenAt forward (a no-op when the session is already gone). */
export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: at } });
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.prisma.session.deleteMany({ where: { id } });
}

export async function deleteSessionByTokenHash(db: Db, tokenHash: string): Promise<void> {
  await db.prisma.session.deleteMany({ where: { tokenHash } });
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { userId } });
  return count;
}

/** Sessions past their absolute expiry, or idle since before `idleBefore`. */
export async function deleteExpiredSessions(db: Db, now: Date, idleBefore: Date): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleBefore } }] },
  });
  return count;
}

/**
 * Records one sign-in attempt under each key, before its password is checked: a row that stays
 * is a failure (the attempt's own rows are deleted again when it is refused or succeeds).
 * Answers the rows' ids.
 */
export async function insertLoginAttempts(db: Db, keys: string[], at: Date): Promise<string[]> {
  const rows = keys.map((key) => ({ id: randomUUID(), key, createdAt: at }));
  await db.prisma.loginAttempt.createMany({ data: rows });
  return rows.map((row) => row.id);
}

/** The attempts under `key` since `since` (failures and attempts in flight), oldest first. */
export async function listLoginAttemptsSince(db: Db, key: string, since: Date): Promise<{ id: string; createdAt: Date }[]> {
  return db.prisma.loginAttempt.findMany({
    where: { key, createdAt: { gt: since } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, createdAt: true },
  });
}

export async function deleteLoginAttempts(db: Db, ids: string[]): Promise<void> {
  await db.prisma.loginAttempt.deleteMany({ where: { id: { in: ids } } });
}

export async function deleteLoginFailures(db: Db, key: string): Promise<void> {
  await db.prisma.loginAttempt.deleteMany({ where: { key } });
}

/** Failed sign-ins that no longer count for any throttle. */
export async function deleteLoginFailuresBefore(db: Db, before: Date): Promise<number> {
  const { count } = await db.prisma.loginAttempt.deleteMany({ where: { createdAt: { lte: before } } });
  return count;
}

/** Which of `keys` this account signed in from since `since`. */
export async function findKnownSignIns(db: Db, userId: string, keys: string[], since: Date): Promise<Set<string>> {
  const rows = await db.prisma.knownSignIn.findMany({
    where: { userId, key: { in: keys }, lastSignInAt: { gt: since } },
    select: { key: true },
  });
  return new Set(rows.map((row) => row.key));
}

export async function upsertKnownSignIns(db: Db, userId: string, keys: string[], at: Date): Promise<void> {
  for (const key of keys) {
    const updated = await db.prisma.knownSignIn.updateMany({ where: { userId, key }, data: { lastSignInAt: at } });
    if (updated.count > 0) continue;
    try {
      await db.prisma.knownSignIn.create({ data: { userId, key, lastSignInAt: at } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // a sign-in at the same moment made it
    }
  }
}

export async function deleteKnownSignInsOfUser(db: Db, userId: string): Promise<void> {
  await db.prisma.knownSignIn.deleteMany({ where: { userId } });
}

export async function deleteKnownSignInsBefore(db: Db, before: Date): Promise<number> {
  const { count } = await db.prisma.knownSignIn.deleteMany({ where: { lastSignInAt: { lte: before } } });
  return count;
}

/** This VA's sessions that have not ended (neither expired nor idle since before `idleBefore`), newest activity first. */
export async function listActiveSessionsOfUser(db: Db, userId: string, now: Date, idleBefore: Date) {
  return db.prisma.session.findMany({
    where: { userId, expiresAt: { gt: now }, lastSeenAt: { gt: idleBefore } },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
}

/** Ends one session, only when it is this VA's: answers whether one ended. */
export async function deleteSessionOfUser(db: Db, userId: string, id: string): Promise<boolean> {
  const { count } = await db.prisma.session.deleteMany({ where: { id, userId } });
  return count > 0;
}

/** Ends every session of this VA but `keepId`; answers how many ended. */
export async function deleteOtherSessionsOfUser(db: Db, userId: string, keepId: string): Promise<number> {
  const { count } = await db.prisma.session.deleteMany({ where: { userId, id: { not: keepId } } });
  return count;
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const va = await db.prisma.vaUser.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return va?.passwordHash ?? null;
}

/** Forgets the browsers and addresses this VA signed in from, except `keepKeys`. */
export async function deleteKnownSignInsOfUserExcept(db: Db, userId: string, keepKeys: string[]): Promise<void> {
  await db.prisma.knownSignIn.deleteMany({ where: { userId, key: { notIn: keepKeys } } });
}

// ---------------------------------------------------------------------------------------------
// Two-factor sign-in and re-authentication (docs/decisions/0025)

export async function findTwoFactorOf(db: Db, userId: string) {
  return db.prisma.vaUser.findUnique({
    where: { id: userId },
    select: { id: true, email: true, passwordHash: true, totpSecret: true, totpEnabledAt: true, totpPendingSecret: true },
  });
}

export async function setPendingTotpSecret(db: Db, userId: string, sealedSecret: string): Promise<void> {
  await db.prisma.vaUser.update({ where: { id: userId }, data: { totpPendingSecret: sealedSecret } });
}

/** Turns two-factor on with the confirmed secret and its first code's step, and these recovery codes. */
export async function enableTotp(
  db: Db,
  userId: string,
  data: { sealedSecret: string; step: number; recoveryCodeHashes: string[]; at: Date },
): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.vaUser.update({
      where: { id: userId },
      data: { totpSecret: data.sealedSecret, totpEnabledAt: data.at, totpLastStep: data.step, totpPendingSecret: null },
    }),
    db.prisma.recoveryCode.deleteMany({ where: { userId } }),
    db.prisma.recoveryCode.createMany({ data: data.recoveryCodeHashes.map((codeHash) => ({ userId, codeHash })) }),
  ]);
}

export async function disableTotp(db: Db, userId: string): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.vaUser.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null },
    }),
    db.prisma.recoveryCode.deleteMany({ where: { userId } }),
    db.prisma.pendingSignIn.deleteMany({ where: { userId } }),
  ]);
}

/**
 * Takes the 30-second step of an accepted code, only when it is later than the last one taken:
 * false when this code (or a later one) was already used. One conditional write, so two requests
 * with the same code cannot both succeed.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const { count } = await db.prisma.vaUser.updateMany({
    where: { id: userId, totpEnabledAt: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Uses up a recovery code: true when it existed (and is now gone), once. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string): Promise<boolean> {
  const { count } = await db.prisma.recoveryCode.deleteMany({ where: { userId, codeHash } });
  return count === 1;
}

export async function countRecoveryCodes(db: Db, userId: string): Promise<number> {
  return db.prisma.recoveryCode.count({ where: { userId } });
}

export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.recoveryCode.deleteMany({ where: { userId } }),
    db.prisma.recoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) }),
  ]);
}

export async function insertPendingSignIn(
  db: Db,
  data: { tokenHash: string; userId: string; attemptKeys: string; origin: string; deviceHash: string | null; expiresAt: Date },
): Promise<void> {
  await db.prisma.pendingSignIn.create({ data, select: { id: true } });
}

export async function findPendingSignIn(db: Db, tokenHash: string) {
  return db.prisma.pendingSignIn.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      attemptKeys: true,
      origin: true,
      deviceHash: true,
      expiresAt: true,
      user: { select: { ...vaSelect, passwordHash: true, totpSecret: true, totpEnabledAt: true } },
    },
  });
}

/** True for the one request that deleted it (a second step completes once). */
export async function deletePendingSignIn(db: Db, id: string): Promise<boolean> {
  const { count } = await db.prisma.pendingSignIn.deleteMany({ where: { id } });
  return count === 1;
}

export async function deleteExpiredPendingSignIns(db: Db, now: Date): Promise<number> {
  const { count } = await db.prisma.pendingSignIn.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

export async function setSessionReauthenticated(db: Db, sessionId: string, at: Date): Promise<void> {
  await db.prisma.session.updateMany({ where: { id: sessionId }, data: { reauthenticatedAt: at } });
}
