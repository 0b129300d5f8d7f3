import { toSearchText, type Db } from '../../lib/db.ts';

type NewIntake = {
  locale: string;
  name: string;
  email: string;
  company: string | null;
  phone: string | null;
  businessKind: string;
  hoursPerWeek: number;
  rateKind: string;
  hourlyRateCents: number;
  delegationExperience: string;
  mainPain: string;
  painNote: string | null;
  answers: object;
  result: object;
  engineVersion: string;
  catalogueVersion: string;
  privacyConsentAt: Date;
  privacyConsentVersion: string;
  followUpConsent: boolean;
  followUpConsentAt: Date | null;
  freedMinutesPerMonth: number;
  netGainCentsPerMonth: number;
  topBucket: string | null;
  idempotencyKeyHash: string;
  requestFingerprint: string;
};

type NewIntakeTask = {
  position: number;
  taskId: string | null;
  customLabel: string | null;
  categoryId: string;
  minutesPerMonth: number;
  feeling: string;
  skill: string;
  needsMe: boolean;
  score: number;
  bucket: string;
};

/**
 * The intake, its snapshot (answers + result), its task rows, its first result link and the
 * "submitted" event: all or nothing (one nested create).
 */
export async function insertIntake(
  db: Db,
  data: { intake: NewIntake; tasks: NewIntakeTask[]; resultLinkTokenHash: string },
): Promise<string> {
  const { answers, result, ...intake } = data.intake;
  const created = await db.prisma.intake.create({
    data: {
      ...intake,
      searchText: toSearchText(intake.name, intake.email, intake.company),
      snapshot: { create: { answers, result } },
      tasks: { create: data.tasks },
      resultLinks: { create: { tokenHash: data.resultLinkTokenHash, purpose: 'submit' } },
      events: { create: { type: 'submitted' } },
    },
    select: { id: true },
  });
  return created.id;
}

export async function findIntakeByIdempotencyKey(db: Db, keyHash: string) {
  return db.prisma.intake.findUnique({
    where: { idempotencyKeyHash: keyHash },
    select: { id: true, requestFingerprint: true },
  });
}

export async function createResultLink(
  db: Db,
  intakeId: string,
  tokenHash: string,
  purpose: string,
): Promise<void> {
  await db.prisma.resultLink.create({ data: { intakeId, tokenHash, purpose }, select: { id: true } });
}

/** Prisma's unique-constraint error, the same code on both providers. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
