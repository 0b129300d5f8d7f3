import type { Db } from '../../lib/db.ts';

const STATE_ID = 'default';

export async function findSetupState(db: Db) {
  return db.prisma.setupState.findUnique({ where: { id: STATE_ID }, select: { emailTestPassedAt: true, emailTestAnswer: true, emailTestConfig: true } });
}

/** `config`: the fingerprint of the mail settings the test went through (setup.service.ts). */
export async function recordPassedEmailTest(db: Db, at: Date, answer: string, config: string): Promise<void> {
  await db.prisma.setupState.upsert({
    where: { id: STATE_ID },
    create: { id: STATE_ID, emailTestPassedAt: at, emailTestAnswer: answer, emailTestConfig: config },
    update: { emailTestPassedAt: at, emailTestAnswer: answer, emailTestConfig: config },
    select: { id: true },
  });
}
