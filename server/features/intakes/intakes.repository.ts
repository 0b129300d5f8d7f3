import { toSearchText, type Db, type DbTransactionClient } from '../../lib/db.ts';
import { type NewOutboxMessage, queueMessages } from '../outbox/outbox.repository.ts';

/** An e-mail the submission causes, stored in the outbox with the intake. */
export type NewIntakeEmail = NewOutboxMessage;

type NewIntake = {
  id: string;
  locale: string;
  name: string;
  email: string;
  company: string | null;
  phone: string | null;
  businessKind: string;
  hoursPerWeek: number;
  rateKind: string;
  hourlyRateCents: number;
  vatStatus: string;
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
  needsMe: string;
  score: number;
  bucket: string;
};

/**
 * The intake, its snapshot (answers + result), its task rows, its first result link, the
 * "submitted" event and the e-mails the submission causes: all or nothing, in one transaction.
 * The caller chose the intake's id, because the e-mails (built beforehand) carry it.
 * An automatic follow-up whose template's schedule was switched off (or the template deleted)
 * since its e-mail was built is left out.
 */
export async function insertIntake(
  db: Db,
  data: { intake: NewIntake; tasks: NewIntakeTask[]; resultLinkTokenHash: string; emails: NewIntakeEmail[] },
): Promise<string> {
  const { answers, result, ...intake } = data.intake;
  return db.prisma.$transaction(async (tx) => {
    const created = await tx.intake.create({
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
    await queueMessages(tx, await withLiveTemplates(tx, data.emails));
    // A finished scan needs no "continue later" copy: its drafts go now, not after 30 days.
    await tx.scanDraft.deleteMany({ where: { email: intake.email.toLowerCase() } });
    return created.id;
  });
}

/** The e-mails without those whose template is gone or no longer scheduled. */
async function withLiveTemplates(tx: DbTransactionClient, emails: NewOutboxMessage[]): Promise<NewOutboxMessage[]> {
  const templateIds = [...new Set(emails.flatMap((email) => (email.templateId ? [email.templateId] : [])))];
  if (templateIds.length === 0) return emails;
  const live = await tx.emailTemplate.findMany({
    where: { id: { in: templateIds }, scheduleEnabled: true },
    select: { id: true },
  });
  const liveIds = new Set(live.map((template) => template.id));
  return emails.filter((email) => !email.templateId || liveIds.has(email.templateId));
}

/**
 * An intake read with (part of) its snapshot, e.g. `snapshot: { select: { result: true } }`, with
 * the snapshot's fields in place of the snapshot. The snapshot is written in the intake's own
 * transaction (insertIntake), so a missing one means a damaged database.
 */
export function withSnapshotFields<Row extends { id: string; snapshot: object | null }>(
  row: Row,
): Omit<Row, 'snapshot'> & NonNullable<Row['snapshot']> {
  const { snapshot, ...intake } = row;
  if (!snapshot) throw new Error(`Intake ${row.id} has no snapshot`);
  return { ...intake, ...snapshot };
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
