import type { Db } from '../../lib/db.ts';

export async function findIntakeByResultTokenHash(db: Db, tokenHash: string) {
  const link = await db.prisma.resultLink.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      intake: {
        select: {
          id: true,
          locale: true,
          name: true,
          company: true,
          createdAt: true,
          snapshot: { select: { result: true } },
        },
      },
    },
  });
  if (!link) return null;
  const { snapshot, ...intake } = link.intake;
  // Written in the same create as the intake (intakes.repository): missing means a damaged database.
  if (!snapshot) throw new Error(`Intake ${intake.id} has no snapshot`);
  return { linkId: link.id, intake: { ...intake, result: snapshot.result } };
}

export async function recordResultOpened(db: Db, linkId: string, intakeId: string): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.resultLink.update({
      where: { id: linkId },
      data: { openCount: { increment: 1 }, lastOpenedAt: new Date() },
      select: { id: true },
    }),
    db.prisma.intakeEvent.create({ data: { intakeId, type: 'result-opened' }, select: { id: true } }),
  ]);
}

/** Snapshot, tasks, links and events go with it (onDelete: Cascade). */
export async function deleteIntake(db: Db, intakeId: string): Promise<void> {
  // deleteMany: a second, concurrent erase finds nothing left and is not an error.
  await db.prisma.intake.deleteMany({ where: { id: intakeId } });
}
