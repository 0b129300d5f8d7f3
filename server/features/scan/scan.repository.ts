import { isUniqueViolation, type Db } from '../../lib/db.ts';

/**
 * A server-side secret by name (AppSecret), made once and then shared by every process: the
 * first caller stores `fresh`; a process that loses the race to create it reads the winner's.
 */
export async function findOrCreateAppSecret(db: Db, name: string, fresh: () => string): Promise<string> {
  const existing = await db.prisma.appSecret.findUnique({ where: { name }, select: { value: true } });
  if (existing) return existing.value;
  try {
    const created = await db.prisma.appSecret.create({ data: { name, value: fresh() }, select: { value: true } });
    return created.value;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.prisma.appSecret.findUniqueOrThrow({ where: { name }, select: { value: true } });
    return winner.value;
  }
}
