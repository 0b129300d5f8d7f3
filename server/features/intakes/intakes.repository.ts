import { toSearchText, type Db, type Sql, type SqlValue } from '../../lib/db.ts';
import { cuid } from '../../lib/db/cuid.ts';
import { TIMELINE_EVENT_COLUMNS, timelineEventSqlRow } from '../../lib/timeline-events.repository.ts';
import { type NewOutboxMessage, queueMessages, queueMessagesParts } from '../outbox/outbox.repository.ts';

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
  /** The answers and the result as JSON text (serialised once: the answers' text is also the request fingerprint's input). */
  answersJson: string;
  resultJson: string;
  /** The moment of submission: the row's createdAt, its consent time, its first link's and event's. */
  submittedAt: Date;
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
 * "submitted" event and the e-mails the submission causes: all or nothing.
 * The caller chose the intake's id, because the e-mails (built beforehand) carry it.
 * An automatic follow-up whose template's schedule was switched off (or the template deleted)
 * since its e-mail was built is left out.
 *
 * The hot path of a submit (docs/decisions/0027-submit-hot-path-in-raw-sql.md): no Prisma, and
 * hand-written statements. PostgreSQL: every row, the e-mails and the drafts' removal in one
 * statement, atomic by itself (one round trip). SQLite: one statement per table (the tasks in one
 * multi-row INSERT) in a transaction opened on the driver (`db.sqlTransaction`), the e-mails
 * through the outbox's `queueMessages`.
 */
export async function insertIntake(
  db: Db,
  data: { intake: NewIntake; tasks: NewIntakeTask[]; resultLinkTokenHash: string; emails: NewIntakeEmail[] },
): Promise<string> {
  const rows = intakeRowsOf(data);
  if (db.provider === 'postgresql') {
    const queued = queueMessagesParts(data.emails);
    await db.sql.run(postgresInsertAll(data.tasks.length, queued), [...rows.all, ...queued.values, ...rows.draftEmail]);
    return data.intake.id;
  }
  return db.sqlTransaction(async (sql) => {
    await sql.run(insertStatement('Intake', INTAKE_COLUMNS, 1), rows.intake);
    await sql.run(insertStatement('IntakeSnapshot', SNAPSHOT_COLUMNS, 1), rows.snapshot);
    if (data.tasks.length > 0) await sql.run(insertStatement('IntakeTask', TASK_COLUMNS, data.tasks.length), rows.tasks);
    await sql.run(insertStatement('ResultLink', RESULT_LINK_COLUMNS, 1), rows.resultLink);
    await sql.run(insertStatement('IntakeEvent', EVENT_COLUMNS, 1), rows.event);
    // A finished scan needs no "continue later" copy: its drafts go now, not after 30 days.
    await sql.run(DELETE_DRAFTS, rows.draftEmail);
    await queueMessages(sql, await withLiveTemplates(sql, data.emails));
    return data.intake.id;
  });
}

const INTAKE_COLUMNS = [
  'id', 'createdAt', 'updatedAt', 'locale', 'status', 'name', 'email', 'company', 'phone', 'searchText',
  'businessKind', 'hoursPerWeek', 'rateKind', 'hourlyRateCents', 'vatStatus', 'delegationExperience',
  'mainPain', 'painNote', 'engineVersion', 'catalogueVersion', 'privacyConsentAt', 'privacyConsentVersion',
  'followUpConsent', 'followUpConsentAt', 'freedMinutesPerMonth', 'netGainCentsPerMonth', 'topBucket',
  'idempotencyKeyHash', 'requestFingerprint',
] as const;
const SNAPSHOT_COLUMNS = ['intakeId', 'answers', 'result'] as const;
const TASK_COLUMNS = [
  'id', 'intakeId', 'position', 'taskId', 'customLabel', 'categoryId', 'minutesPerMonth', 'feeling', 'skill',
  'needsMe', 'score', 'bucket',
] as const;
const RESULT_LINK_COLUMNS = ['id', 'intakeId', 'tokenHash', 'purpose', 'createdAt', 'openCount'] as const;
const EVENT_COLUMNS = TIMELINE_EVENT_COLUMNS;
const DELETE_DRAFTS = 'DELETE FROM "ScanDraft" WHERE "email" = ?';

/** The values of each statement, in the order of the columns above. */
function intakeRowsOf(data: { intake: NewIntake; tasks: NewIntakeTask[]; resultLinkTokenHash: string }) {
  const { intake, tasks } = data;
  const at = intake.submittedAt;
  const intakeRow: SqlValue[] = [
    intake.id, at, at, intake.locale, 'new', intake.name, intake.email, intake.company, intake.phone,
    toSearchText(intake.name, intake.email, intake.company),
    intake.businessKind, intake.hoursPerWeek, intake.rateKind, intake.hourlyRateCents, intake.vatStatus,
    intake.delegationExperience, intake.mainPain, intake.painNote, intake.engineVersion, intake.catalogueVersion,
    intake.privacyConsentAt, intake.privacyConsentVersion, intake.followUpConsent, intake.followUpConsentAt,
    intake.freedMinutesPerMonth, intake.netGainCentsPerMonth, intake.topBucket, intake.idempotencyKeyHash,
    intake.requestFingerprint,
  ];
  const snapshot: SqlValue[] = [intake.id, intake.answersJson, intake.resultJson];
  const taskRows: SqlValue[] = tasks.flatMap((task) => [
    cuid({ at }), intake.id, task.position, task.taskId, task.customLabel, task.categoryId, task.minutesPerMonth,
    task.feeling, task.skill, task.needsMe, task.score, task.bucket,
  ]);
  const resultLink: SqlValue[] = [cuid({ at }), intake.id, data.resultLinkTokenHash, 'submit', at, 0];
  // Sorts before the "email-queued" events that queueMessages adds in the same millisecond.
  const event = timelineEventSqlRow(cuid({ at, firstOfItsMillisecond: true }), intake.id, at, { type: 'submitted', data: null });
  const draftEmail: SqlValue[] = [intake.email.toLowerCase()];
  return {
    intake: intakeRow,
    snapshot,
    tasks: taskRows,
    resultLink,
    event,
    draftEmail,
    all: [...intakeRow, ...snapshot, ...taskRows, ...resultLink, ...event],
  };
}

const statements = new Map<string, string>();

/** `INSERT INTO "table" ("a", "b") VALUES (?, ?), (?, ?)`: `rowCount` rows, kept per shape. */
function insertStatement(table: string, columns: readonly string[], rowCount: number): string {
  const key = `${table}:${rowCount}`;
  let text = statements.get(key);
  if (!text) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    text = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${Array.from({ length: rowCount }, () => row).join(', ')}`;
    statements.set(key, text);
  }
  return text;
}

/**
 * PostgreSQL: every row of the intake, its e-mails (`queueMessagesParts`) and the drafts' removal
 * in one statement (one round trip, no explicit transaction). The sub-statements see the same
 * snapshot; the foreign keys are checked at its end, when the intake row is there.
 */
function postgresInsertAll(taskCount: number, queued: { shape: string; parts: string[] }): string {
  const key = `postgres-all:${taskCount}:${queued.shape}`;
  let text = statements.get(key);
  if (!text) {
    const intakeParts = [
      `new_intake AS (${insertStatement('Intake', INTAKE_COLUMNS, 1)})`,
      `new_snapshot AS (${insertStatement('IntakeSnapshot', SNAPSHOT_COLUMNS, 1)})`,
      ...(taskCount > 0 ? [`new_tasks AS (${insertStatement('IntakeTask', TASK_COLUMNS, taskCount)})`] : []),
      `new_link AS (${insertStatement('ResultLink', RESULT_LINK_COLUMNS, 1)})`,
      `new_event AS (${insertStatement('IntakeEvent', EVENT_COLUMNS, 1)})`,
    ];
    text = `WITH ${[...intakeParts, ...queued.parts].join(', ')} ${DELETE_DRAFTS}`;
    statements.set(key, text);
  }
  return text;
}

/** The e-mails without those whose template is gone or no longer scheduled. */
async function withLiveTemplates(sql: Sql, emails: NewOutboxMessage[]): Promise<NewOutboxMessage[]> {
  const templateIds = [...new Set(emails.flatMap((email) => (email.templateId ? [email.templateId] : [])))];
  if (templateIds.length === 0) return emails;
  const live = await sql.rows<{ id: string }>(
    `SELECT "id" FROM "EmailTemplate" WHERE "scheduleEnabled" = ? AND "id" IN (${templateIds.map(() => '?').join(', ')})`,
    [true, ...templateIds],
  );
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

/** The intake a retried submission (same Idempotency-Key) already stored, if any. */
export async function findIntakeByIdempotencyKey(db: Db, keyHash: string): Promise<{ id: string; requestFingerprint: string } | null> {
  const rows = await db.sql.rows<{ id: string; requestFingerprint: string }>(
    'SELECT "id", "requestFingerprint" FROM "Intake" WHERE "idempotencyKeyHash" = ?',
    [keyHash],
  );
  return rows[0] ?? null;
}

export async function createResultLink(db: Db, intakeId: string, tokenHash: string, purpose: string): Promise<void> {
  await db.sql.run(insertStatement('ResultLink', RESULT_LINK_COLUMNS, 1), [cuid(), intakeId, tokenHash, purpose, new Date(), 0]);
}
