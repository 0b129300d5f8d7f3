import type { Prisma } from '../../generated/prisma-sqlite/client.ts';
import { forgetErasedRows, type Db } from '../../lib/db.ts';
import { recordTimelineEvent } from '../../lib/timeline-events.repository.ts';
import { cancelFollowUps } from '../outbox/cancel-follow-ups.repository.ts';
import { withSnapshotFields } from '../intakes/intakes.repository.ts';
import type { InboxOrder, KeysetPosition } from './admin-intakes.cursor.ts';

/** The inbox's filters, already normalised by the service. */
export type InboxFilter = {
  statuses?: string[];
  /** Inclusive. */
  createdFrom?: Date;
  /** Exclusive. */
  createdBefore?: Date;
  /** Normalised words (normaliseSearchTerm); each must occur in searchText. */
  searchWords?: string[];
};

/**
 * The WHERE of an inbox query, written so that every query has one good plan on SQLite too.
 *
 * SQLite plans without statistics and takes an equality or a two-sided range on an indexed column
 * for selective. Given `status IN (...)` or `createdAt` between two dates with another sort order,
 * it would seek that index and sort everything it finds (150–300 ms on 100k intakes), or pick one
 * of the equally good-looking `(status, …)` indexes at random. So only the filters the chosen
 * index leads with are written as seekable conditions: a single status, and the date range when
 * sorting by date. A set of statuses, and the date range under another sort, are written in a form
 * that means the same but gives nothing to seek (`NOT (status NOT IN …)`, `NOT (createdAt < …)`):
 * SQLite then walks the sort order's index and tests them on its entries, which carry status,
 * createdAt and searchText for that purpose (prisma/schema.prisma). The worst case is one walk of
 * one index (~12 MB per 100k intakes). PostgreSQL turns both forms back into the plain ones and
 * plans with its statistics. See docs/decisions/0005-inbox-performance.md.
 */
function whereOf(filter: InboxFilter, order: InboxOrder, after: KeysetPosition | undefined): Prisma.IntakeWhereInput {
  const and: Prisma.IntakeWhereInput[] = [];
  const statuses = filter.statuses ?? [];
  if (statuses.length === 1) and.push({ status: statuses[0] });
  if (statuses.length > 1) and.push({ NOT: { status: { notIn: statuses } } });
  if (filter.createdFrom || filter.createdBefore) {
    if (order.field === 'createdAt') {
      and.push({ createdAt: { gte: filter.createdFrom, lt: filter.createdBefore } });
    } else {
      if (filter.createdFrom) and.push({ NOT: { createdAt: { lt: filter.createdFrom } } });
      if (filter.createdBefore) and.push({ NOT: { createdAt: { gte: filter.createdBefore } } });
    }
  }
  // LIKE '%word%' on the normalised text: the same on SQLite and PostgreSQL (docs/decisions/0002).
  // On SQLite no index can seek it; it is tested on the index entries (searchText ends every
  // index). On PostgreSQL a trigram index seeks it (Intake_search_trgm_idx, decision 0029); the
  // planner picks it when the words are rare and walks the sort order's index when they are common.
  for (const word of filter.searchWords ?? []) and.push({ searchText: { contains: word } });
  if (after) and.push(keysetAfter(order, after));
  return and.length === 1 ? and[0]! : { AND: and };
}

/**
 * Rows strictly after `after` in (field, id) order. Written as
 * `field <= v AND (field < v OR id < i)` (for desc) rather than only the OR: the first term is a
 * range the index can seek to, so a deep page costs the same as the first (see EXPLAIN QUERY
 * PLAN in `npm run bench`). Row-value comparison `(field, id) < (v, i)` would say the same, but
 * Prisma cannot express it.
 */
function keysetAfter(order: InboxOrder, after: KeysetPosition): Prisma.IntakeWhereInput {
  const strictly = order.direction === 'desc' ? 'lt' : 'gt';
  const orEqual = order.direction === 'desc' ? 'lte' : 'gte';
  return {
    [order.field]: { [orEqual]: after.value },
    OR: [{ [order.field]: { [strictly]: after.value } }, { id: { [strictly]: after.id } }],
  };
}

function orderByOf(order: InboxOrder): Prisma.IntakeOrderByWithRelationInput[] {
  return [{ [order.field]: order.direction }, { id: order.direction }];
}

const inboxSelect = {
  id: true,
  status: true,
  createdAt: true,
  readAt: true,
  name: true,
  email: true,
  company: true,
  freedMinutesPerMonth: true,
  netGainCentsPerMonth: true,
  topBucket: true,
} satisfies Prisma.IntakeSelect;

type PageQuery = { filter: InboxFilter; order: InboxOrder; after?: KeysetPosition; take: number };

/** Where, order and size of one keyset page: the inbox and the CSV export page alike. */
function pageArgs(query: PageQuery) {
  return {
    where: whereOf(query.filter, query.order, query.after),
    orderBy: orderByOf(query.order),
    take: query.take,
  };
}

/** Up to `take` inbox rows after `after`, in the given order. */
export async function findInboxRows(db: Db, query: PageQuery) {
  return db.prisma.intake.findMany({ ...pageArgs(query), select: inboxSelect });
}

const exportSelect = {
  ...inboxSelect,
  locale: true,
  phone: true,
  businessKind: true,
  hoursPerWeek: true,
  rateKind: true,
  hourlyRateCents: true,
  vatStatus: true,
  delegationExperience: true,
  mainPain: true,
  followUpConsent: true,
} satisfies Prisma.IntakeSelect;

/** One batch of the CSV export: the inbox's query with the export's columns. */
export async function findExportRows(db: Db, query: PageQuery) {
  return db.prisma.intake.findMany({ ...pageArgs(query), select: exportSelect });
}

export type ExportRow = Awaited<ReturnType<typeof findExportRows>>[number];

const noteSelect = {
  id: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.IntakeNoteSelect;

export type NoteRow = Prisma.IntakeNoteGetPayload<{ select: typeof noteSelect }>;

const eventSelect = { id: true, type: true, data: true, createdAt: true } satisfies Prisma.IntakeEventSelect;

const detailSelect = {
  id: true,
  status: true,
  locale: true,
  createdAt: true,
  updatedAt: true,
  readAt: true,
  name: true,
  email: true,
  company: true,
  phone: true,
  snapshot: { select: { answers: true, result: true } },
  engineVersion: true,
  catalogueVersion: true,
  privacyConsentAt: true,
  privacyConsentVersion: true,
  followUpConsent: true,
  followUpConsentAt: true,
  freedMinutesPerMonth: true,
  netGainCentsPerMonth: true,
  topBucket: true,
  notes: { select: noteSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  events: { select: eventSelect, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  resultLinks: {
    select: { id: true, purpose: true, createdAt: true, openCount: true, lastOpenedAt: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.IntakeSelect;

/** The intake with its notes, events and result links' metadata (never their token hashes). */
export async function findIntakeDetail(db: Db, id: string) {
  const row = await db.prisma.intake.findUnique({ where: { id }, select: detailSelect });
  return row && withSnapshotFields(row);
}

export type IntakeDetailRow = NonNullable<Awaited<ReturnType<typeof findIntakeDetail>>>;

/** Everything for the AVG data export: the detail plus the scored task rows. */
export async function findIntakeForExport(db: Db, id: string) {
  const row = await db.prisma.intake.findUnique({
    where: { id },
    select: {
      ...detailSelect,
      tasks: {
        select: {
          position: true,
          taskId: true,
          customLabel: true,
          categoryId: true,
          minutesPerMonth: true,
          feeling: true,
          skill: true,
          needsMe: true,
          score: true,
          bucket: true,
        },
        orderBy: { position: 'asc' },
      },
    },
  });
  return row && withSnapshotFields(row);
}

/** Sets readAt when it is still null; true when this call marked it. */
export async function markReadIfUnread(db: Db, id: string, at: Date): Promise<boolean> {
  const { count } = await db.prisma.intake.updateMany({ where: { id, readAt: null }, data: { readAt: at } });
  return count > 0;
}

/** Marks it read (keeping the first read time); null when there is no such intake. */
export async function markRead(db: Db, id: string, at: Date) {
  await markReadIfUnread(db, id, at);
  return db.prisma.intake.findUnique({ where: { id }, select: { id: true, readAt: true } });
}

/** Marks it unread again; false when there is no such intake. */
export async function markUnread(db: Db, id: string): Promise<boolean> {
  const { count } = await db.prisma.intake.updateMany({ where: { id }, data: { readAt: null } });
  return count > 0;
}

export type StatusChangeRow = { from: string; to: string; changed: boolean };

/**
 * Changes the status and records a 'status-changed' event in one transaction, cancelling the
 * intake's automatic follow-ups that are still queued; nothing happens when the status is already
 * `to`. The update is conditional on the status just read, so two concurrent changes on
 * PostgreSQL each record the `from` they really replaced.
 */
export async function changeIntakeStatus(
  db: Db,
  id: string,
  to: string,
  by: { userId: string; name: string },
): Promise<StatusChangeRow | null> {
  return db.prisma.$transaction(async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await tx.intake.findUnique({ where: { id }, select: { status: true } });
      if (!current) return null;
      if (current.status === to) return { from: current.status, to, changed: false };
      const { count } = await tx.intake.updateMany({ where: { id, status: current.status }, data: { status: to } });
      if (count === 0) continue;
      await recordTimelineEvent(tx, id, { type: 'status-changed', data: { from: current.status, to, by } });
      // The automatic follow-ups were meant for a prospect still at the old step; hers stay.
      await cancelFollowUps(tx, { intakeId: id, onlyAutomatic: true, statuses: ['queued'] }, 'status-changed');
      return { from: current.status, to, changed: true };
    }
    throw new Error(`The status of intake ${id} kept changing underneath`);
  });
}

/** Null when the intake does not exist (or was erased meanwhile). */
export async function createNote(db: Db, intakeId: string, authorId: string, body: string): Promise<NoteRow | null> {
  const exists = await db.prisma.intake.findUnique({ where: { id: intakeId }, select: { id: true } });
  if (!exists) return null;
  try {
    return await db.prisma.intakeNote.create({ data: { intakeId, authorId, body }, select: noteSelect });
  } catch (error) {
    if (isMissingRelation(error)) return null;
    throw error;
  }
}

/** Null when there is no such note on this intake. */
export async function updateNote(db: Db, intakeId: string, noteId: string, body: string): Promise<NoteRow | null> {
  try {
    return await db.prisma.intakeNote.update({ where: { id: noteId, intakeId }, data: { body }, select: noteSelect });
  } catch (error) {
    if (isMissingRelation(error)) return null;
    throw error;
  }
}

/** False when there is no such note on this intake. */
export async function deleteNote(db: Db, intakeId: string, noteId: string): Promise<boolean> {
  const { count } = await db.prisma.intakeNote.deleteMany({ where: { id: noteId, intakeId } });
  return count > 0;
}

/** Erases the intake for good: snapshot, tasks, links, events and notes go with it (onDelete: Cascade). */
export async function eraseIntake(db: Db, id: string): Promise<boolean> {
  const { count } = await db.prisma.intake.deleteMany({ where: { id } });
  if (count > 0) await forgetErasedRows(db);
  return count > 0;
}

/** P2025: the record to update was not found; P2003: the intake (foreign key) is gone. */
function isMissingRelation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'P2025' || error.code === 'P2003');
}
