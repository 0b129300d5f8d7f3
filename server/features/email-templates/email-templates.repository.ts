import { isUniqueViolation, type Db } from '../../lib/db.ts';
import { cancelFollowUps } from '../outbox/cancel-follow-ups.repository.ts';

/** A template as stored: the columns of EmailTemplate (see prisma/schema.prisma). */
export type TemplateData = {
  name: string;
  subjectNl: string;
  subjectEn: string;
  bodyNl: string;
  bodyEn: string;
  scheduleEnabled: boolean;
  scheduleDelayDays: number | null;
};

const templateSelect = {
  id: true,
  name: true,
  position: true,
  subjectNl: true,
  subjectEn: true,
  bodyNl: true,
  bodyEn: true,
  scheduleEnabled: true,
  scheduleDelayDays: true,
  updatedAt: true,
} as const;

export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

export async function findTemplates(db: Db) {
  return db.prisma.emailTemplate.findMany({ select: templateSelect, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] });
}

export async function findTemplate(db: Db, id: string) {
  return db.prisma.emailTemplate.findUnique({ where: { id }, select: templateSelect });
}

/** What a submit needs of a template whose schedule is on. */
export type ScheduledTemplateRow = Pick<TemplateRow, 'id' | 'subjectNl' | 'subjectEn' | 'bodyNl' | 'bodyEn' | 'scheduleDelayDays'>;

/**
 * The templates whose schedule is on: queued for every new intake with follow-up consent. Read on
 * every submit, so a hand-written, prepared statement (decision 0027).
 */
export async function findScheduledTemplates(db: Db): Promise<ScheduledTemplateRow[]> {
  return db.sql.rows<ScheduledTemplateRow>(
    `SELECT "id", "subjectNl", "subjectEn", "bodyNl", "bodyEn", "scheduleDelayDays" FROM "EmailTemplate"
     WHERE "scheduleEnabled" = ? AND "scheduleDelayDays" IS NOT NULL ORDER BY "position" ASC, "id" ASC`,
    [true],
  );
}

export async function countTemplates(db: Db): Promise<number> {
  return db.prisma.emailTemplate.count();
}

/**
 * Inserts the shipped templates under their fixed ids. Each insert is its own statement, so when
 * two processes do this at once the second one's inserts fail on the primary key, harmlessly.
 */
export async function insertDefaultTemplates(db: Db, templates: (TemplateData & { id: string; position: number })[]) {
  for (const template of templates) {
    try {
      await db.prisma.emailTemplate.create({ data: template, select: { id: true } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** A new template goes last in the list. */
export async function insertTemplate(db: Db, data: TemplateData): Promise<TemplateRow> {
  return db.prisma.$transaction(async (tx) => {
    const last = await tx.emailTemplate.aggregate({ _max: { position: true } });
    return tx.emailTemplate.create({
      data: { ...data, position: (last._max.position ?? -1) + 1 },
      select: templateSelect,
    });
  });
}

/**
 * Replaces a template's texts and schedule. Switching the schedule off cancels the automatic
 * follow-ups it queued that have not gone out yet, in the same transaction. Null: no such template.
 */
export async function updateTemplate(db: Db, id: string, data: TemplateData): Promise<TemplateRow | null> {
  return db.prisma.$transaction(async (tx) => {
    const current = await tx.emailTemplate.findUnique({ where: { id }, select: { scheduleEnabled: true } });
    if (!current) return null;
    const updated = await tx.emailTemplate.update({ where: { id }, data, select: templateSelect });
    if (current.scheduleEnabled && !data.scheduleEnabled) {
      await cancelFollowUps(tx, { templateId: id, onlyAutomatic: true, statuses: ['queued'] }, 'template-schedule-off');
    }
    return updated;
  });
}

/**
 * Deletes a template and cancels the automatic follow-ups it queued that have not gone out yet.
 * Follow-ups the VA wrote from it keep their text (the link to the template becomes null).
 * False: no such template.
 */
export async function deleteTemplate(db: Db, id: string): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const exists = await tx.emailTemplate.findUnique({ where: { id }, select: { id: true } });
    if (!exists) return false;
    await cancelFollowUps(tx, { templateId: id, onlyAutomatic: true, statuses: ['queued'] }, 'template-deleted');
    const { count } = await tx.emailTemplate.deleteMany({ where: { id } });
    return count > 0;
  });
}
