import type { Prisma } from '../../generated/prisma-sqlite/client.ts';
import type { Db, Sql, SqlValue } from '../../lib/db.ts';
import { cuid } from '../../lib/db/cuid.ts';
import { currentRequestId } from '../../lib/logger.ts';
import {
  recordTimelineEvent,
  TIMELINE_EVENT_COLUMNS,
  type TimelineEmailRef,
  type TimelineEvent,
  timelineEventSqlRow,
} from '../../lib/timeline-events.repository.ts';
import { type EmailContent, type EmailKind, subjectOf } from '../../emails/email-content.ts';

/** What caused an e-mail; decides who receives it and which links are minted at send time. */
export type OutboxKind = EmailKind;

/**
 * An e-mail to queue: who gets it, when, and what it says (its content, rendered when it is sent;
 * see OutboxMessage in prisma/schema.prisma and docs/decisions/0026-render-emails-when-sent.md).
 */
export type NewOutboxMessage = {
  intakeId?: string | null;
  draftId?: string | null;
  templateId?: string | null;
  toAddress: string;
  toName?: string | null;
  locale: string;
  /** Its kind and the inputs its template renders from, as of now. */
  content: EmailContent;
  /** Not before this moment (a scheduled follow-up); default now. */
  notBefore?: Date;
  /** One per cause, e.g. `result-link:<intakeId>`; a second message with the same key is not stored. */
  idempotencyKey: string;
};

/**
 * The way to queue e-mails (`queueMessagesParts` below is the same, inside one statement): stores them in the outbox inside the caller's transaction (its
 * hand-written statements, `sql` from `db.transaction` or `db.sqlTransaction`), so that they exist
 * exactly when the change that causes them does; intake messages also get an "email-queued"
 * timeline entry. Nothing is rendered here: a message keeps its kind, its subject and its content
 * (a small JSON snapshot), and the sender renders it when it sends.
 * A message whose idempotency key is already stored is skipped (the cause ran twice, or a
 * concurrent one stored it first): `ON CONFLICT DO NOTHING`, so that is never an error.
 * Returns the ids of the messages stored now, in the order given.
 *
 * Two statements whatever the number of messages (decision 0027): the rows, in one multi-row
 * INSERT … RETURNING, then their timeline entries in one multi-row INSERT.
 */
export async function queueMessages(sql: Sql, messages: NewOutboxMessage[]): Promise<string[]> {
  const rows = outboxRowsOf(messages);
  if (rows.length === 0) return [];
  const stored = await sql.rows<{ id: string }>(insertOutboxStatement(rows.length), rows.flatMap((row) => row.values));
  const storedIds = new Set(stored.map((row) => row.id));
  const fresh = rows.filter((row) => storedIds.has(row.id));
  const events = fresh.flatMap((row) => (row.event ? [row.event] : []));
  if (events.length > 0) await sql.run(insertEventsStatement(events.length), events.flat());
  return fresh.map((row) => row.id);
}

/**
 * PostgreSQL: the same rows as `queueMessages`, as parts of the caller's single statement
 * (`WITH … , <these> …`: one round trip for the submit, decision 0027). Each message is an
 * `INSERT … SELECT` of its values, kept only while its template (if any) still exists with its
 * schedule on, and skipped when its idempotency key is stored already; its timeline entry is
 * inserted from what that INSERT returned, so it exists exactly when the message does.
 * `?` placeholders, values in the same order.
 */
export function queueMessagesParts(messages: NewOutboxMessage[]): { shape: string; parts: string[]; values: SqlValue[] } {
  const rows = outboxRowsOf(messages);
  const values = rows.flatMap((row): SqlValue[] => [
    ...row.values,
    ...(row.templateId ? [row.templateId, true] : []),
    ...(row.event ?? []),
  ]);
  // The text depends only on which messages have a template and a timeline entry: built once per shape.
  const shape = rows.map((row) => `${row.templateId ? 't' : '-'}${row.event ? 'e' : '-'}`).join(',');
  let parts = queuedPartsByShape.get(shape);
  if (!parts) {
    parts = rows.flatMap((row, i) => {
      const live = row.templateId ? `EXISTS (SELECT 1 FROM "EmailTemplate" WHERE "id" = ? AND "scheduleEnabled" = ?)` : 'TRUE';
      const message =
        `queued_${i} AS (INSERT INTO "OutboxMessage" (${columnList(OUTBOX_COLUMNS)}) SELECT ${placeholders(OUTBOX_COLUMNS.length)} ` +
        `WHERE ${live} ON CONFLICT ("idempotencyKey") DO NOTHING RETURNING "id")`;
      const event = `queued_event_${i} AS (INSERT INTO "IntakeEvent" (${columnList(EVENT_COLUMNS)}) SELECT ${placeholders(EVENT_COLUMNS.length)} FROM queued_${i})`;
      return row.event ? [message, event] : [message];
    });
    queuedPartsByShape.set(shape, parts);
  }
  return { shape, parts, values };
}

const queuedPartsByShape = new Map<string, string[]>();

/** Each message once (by idempotency key), with its id, its column values and its timeline entry's (intake messages). */
function outboxRowsOf(messages: NewOutboxMessage[]) {
  const seen = new Set<string>();
  const unique = messages.filter((message) => !seen.has(message.idempotencyKey) && seen.add(message.idempotencyKey));
  const now = new Date();
  const requestId = currentRequestId() ?? null;
  return unique.map((message) => {
    const id = cuid({ at: now });
    const kind = message.content.kind;
    const subject = subjectOf(message.content);
    const values: SqlValue[] = [
      id, now, now, kind, message.intakeId ?? null, message.draftId ?? null, message.templateId ?? null,
      message.toAddress, message.toName ?? null, message.locale, subject, JSON.stringify(message.content.input),
      'queued', 0, message.notBefore ?? now, message.idempotencyKey, requestId,
    ];
    const event: SqlValue[] | null = message.intakeId
      ? timelineEventSqlRow(cuid({ at: now }), message.intakeId, now, {
          type: 'email-queued',
          data: { messageId: id, kind, subject, notBefore: message.notBefore?.toISOString() ?? null },
        })
      : null;
    return { id, templateId: message.templateId ?? null, values, event };
  });
}

const OUTBOX_COLUMNS = [
  'id', 'createdAt', 'updatedAt', 'kind', 'intakeId', 'draftId', 'templateId', 'toAddress', 'toName', 'locale',
  'subject', 'content', 'status', 'attempts', 'nextAttemptAt', 'idempotencyKey', 'requestId',
] as const;
const EVENT_COLUMNS = TIMELINE_EVENT_COLUMNS;
const queueStatements = new Map<string, string>();

const columnList = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ');
const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

function valuesList(columnCount: number, rowCount: number): string {
  return Array.from({ length: rowCount }, () => `(${placeholders(columnCount)})`).join(', ');
}

/** `rowCount` outbox rows; a row whose idempotency key is stored already is skipped, not an error. */
function insertOutboxStatement(rowCount: number): string {
  const key = `outbox:${rowCount}`;
  let text = queueStatements.get(key);
  if (!text) {
    text =
      `INSERT INTO "OutboxMessage" (${columnList(OUTBOX_COLUMNS)}) ` +
      `VALUES ${valuesList(OUTBOX_COLUMNS.length, rowCount)} ON CONFLICT ("idempotencyKey") DO NOTHING RETURNING "id"`;
    queueStatements.set(key, text);
  }
  return text;
}

function insertEventsStatement(rowCount: number): string {
  const key = `events:${rowCount}`;
  let text = queueStatements.get(key);
  if (!text) {
    text = `INSERT INTO "IntakeEvent" (${columnList(EVENT_COLUMNS)}) VALUES ${valuesList(EVENT_COLUMNS.length, rowCount)}`;
    queueStatements.set(key, text);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Sending: claim, mint links, record the outcome (docs/decisions/0006-email-outbox.md)

/**
 * Claims up to `limit` due messages for one sender, in one statement: queued ones whose time has
 * come, and ones whose sender's lease ran out (it crashed mid-send). Each gets status "sending",
 * the lease, the claim token and one more attempt.
 *
 * PostgreSQL: the inner SELECT locks the rows it picks FOR UPDATE SKIP LOCKED, so concurrent
 * senders in other processes skip them instead of waiting and then claiming them again; a row that
 * another sender claimed in the meantime is re-checked against the WHERE and falls out.
 * SQLite: one writer at a time, so the single UPDATE … RETURNING is atomic by itself.
 */
export async function claimDueMessages(
  db: Db,
  claim: { now: Date; lockedUntil: Date; claimToken: string; limit: number },
): Promise<ClaimedMessage[]> {
  const pg = db.provider === 'postgresql';
  // PostgreSQL numbers its parameters; SQLite's adapter binds plain `?` in order of appearance.
  const [lockedUntil, claimToken, now, limit] = pg ? ['$1', '$2', '$3', '$4'] : ['?', '?', '?', '?'];
  const sql = `
    UPDATE "OutboxMessage"
       SET "status" = 'sending', "lockedUntil" = ${lockedUntil}, "claimToken" = ${claimToken},
           "attempts" = "attempts" + 1, "updatedAt" = ${now}
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMessage"
        WHERE ("status" = 'queued' AND "nextAttemptAt" <= ${now})
           OR ("status" = 'sending' AND "lockedUntil" < ${now})
        ORDER BY "nextAttemptAt", "id"
        LIMIT ${limit}${pg ? ' FOR UPDATE SKIP LOCKED' : ''})
    RETURNING "id"`;
  const params = pg
    ? [claim.lockedUntil, claim.claimToken, claim.now, claim.limit]
    : [claim.lockedUntil, claim.claimToken, claim.now, claim.now, claim.now, claim.limit];
  const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(sql, ...params);
  if (rows.length === 0) return [];
  return db.prisma.outboxMessage.findMany({
    where: { id: { in: rows.map((row) => row.id) }, claimToken: claim.claimToken },
    select: claimedMessageSelect,
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
  });
}

const claimedMessageSelect = {
  id: true,
  kind: true,
  intakeId: true,
  draftId: true,
  toAddress: true,
  toName: true,
  locale: true,
  subject: true,
  content: true,
  html: true,
  text: true,
  attempts: true,
  claimToken: true,
  requestId: true,
  intake: { select: { followUpConsent: true, unsubscribedAt: true } },
} as const;

export type ClaimedMessage = {
  id: string;
  kind: string;
  intakeId: string | null;
  draftId: string | null;
  toAddress: string;
  toName: string | null;
  locale: string;
  subject: string;
  /** What it says (rendered at send time); null only on a row queued before decision 0026. */
  content: unknown;
  /** The HTML and text of a row queued before decision 0026, rendered when it was queued. */
  html: string | null;
  text: string | null;
  attempts: number;
  claimToken: string | null;
  requestId: string | null;
  intake: { followUpConsent: boolean; unsubscribedAt: Date | null } | null;
};

/** Hashes of the tokens minted for one send; only these are stored, never the tokens. */
export type SendLinkHashes = {
  intakeId: string | null;
  draftId: string | null;
  result?: string;
  unsubscribe?: string;
  resume?: { tokenHash: string; expiresAt: Date };
};

/**
 * Stores the links one send will carry, before it goes out: once the SMTP server has the message,
 * its links must work, even if this process dies before it records the outcome.
 */
export async function createSendLinks(db: Db, links: SendLinkHashes): Promise<void> {
  const { intakeId, draftId } = links;
  await db.prisma.$transaction(async (tx) => {
    if (links.result && intakeId) {
      await tx.resultLink.create({ data: { intakeId, tokenHash: links.result, purpose: 'email' }, select: { id: true } });
    }
    if (links.unsubscribe && intakeId) {
      await tx.unsubscribeLink.create({ data: { intakeId, tokenHash: links.unsubscribe }, select: { id: true } });
    }
    if (links.resume && draftId) {
      await tx.resumeLink.create({ data: { draftId, ...links.resume }, select: { id: true } });
    }
  });
}

/**
 * Gives a claimed message back to the queue, due now, as if this attempt never happened: its
 * sender is stopping before the send finished, and another process can take it at once instead
 * of after the lease. Only the holder of the claim can; false when the claim was lost.
 */
export async function releaseClaim(db: Db, message: { id: string; claimToken: string }): Promise<boolean> {
  const released = await db.prisma.outboxMessage.updateMany({
    where: { id: message.id, claimToken: message.claimToken, status: 'sending' },
    data: { status: 'queued', lockedUntil: null, claimToken: null, attempts: { decrement: 1 }, nextAttemptAt: new Date() },
  });
  return released.count === 1;
}

/** The message a claim holder reports on (what the timeline entry needs). */
export type ClaimedRef = { id: string; claimToken: string; kind: string; subject: string; intakeId: string | null };

export type SendOutcomeRecord =
  | { status: 'sent'; at: Date }
  /** Sending failed; it is tried again at `nextAttemptAt`. No timeline entry: only the final outcome shows. */
  | { status: 'queued'; error: string; nextAttemptAt: Date }
  | { status: 'failed'; error: string }
  | { status: 'cancelled'; reason: string; at: Date };

/**
 * Records what became of a send, with its timeline entry in the same transaction. Only the holder
 * of the claim can: false when the claim was lost (the lease ran out and another sender took over),
 * and then nothing is written.
 */
export async function recordSendOutcome(db: Db, message: ClaimedRef, outcome: SendOutcomeRecord): Promise<boolean> {
  const { data, event } = changesFor(outcome);
  return db.prisma.$transaction(async (tx) => {
    const updated = await tx.outboxMessage.updateMany({
      where: { id: message.id, claimToken: message.claimToken, status: 'sending' },
      data: { ...data, lockedUntil: null },
    });
    if (updated.count !== 1) return false;
    if (event && message.intakeId) {
      await recordTimelineEvent(tx, message.intakeId, event({ messageId: message.id, kind: message.kind, subject: message.subject }));
    }
    return true;
  });
}

/** The row's new state and its timeline entry for the message (none for a retry), for one outcome. */
function changesFor(outcome: SendOutcomeRecord): {
  data: Prisma.OutboxMessageUpdateManyMutationInput;
  event: ((email: TimelineEmailRef) => TimelineEvent) | null;
} {
  switch (outcome.status) {
    case 'sent':
      return { data: { status: 'sent', sentAt: outcome.at, lastError: null }, event: (email) => ({ type: 'email-sent', data: email }) };
    case 'queued':
      return { data: { status: 'queued', lastError: outcome.error, nextAttemptAt: outcome.nextAttemptAt }, event: null };
    case 'failed':
      return {
        data: { status: 'failed', lastError: outcome.error },
        event: (email) => ({ type: 'email-failed', data: { ...email, error: outcome.error } }),
      };
    case 'cancelled':
      return {
        data: { status: 'cancelled', cancelledAt: outcome.at },
        event: (email) => ({ type: 'email-cancelled', data: { ...email, reason: outcome.reason } }),
      };
  }
}

// ---------------------------------------------------------------------------------------------
// The back office's outbox (/api/admin/outbox)

export const outboxItemSelect = {
  id: true,
  createdAt: true,
  kind: true,
  toAddress: true,
  toName: true,
  subject: true,
  locale: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  sentAt: true,
  lastError: true,
  intake: { select: { id: true, name: true } },
} as const;

export type OutboxItemRow = {
  id: string;
  createdAt: Date;
  kind: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  locale: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
  intake: { id: string; name: string } | null;
};

/** Newest first, by (createdAt, id); `after` is the last row of the previous page. */
export async function listOutboxMessages(
  db: Db,
  query: { status?: string; intakeId?: string; after?: { createdAt: Date; id: string }; take: number },
): Promise<OutboxItemRow[]> {
  const { after } = query;
  return db.prisma.outboxMessage.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.intakeId ? { intakeId: query.intakeId } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.take,
    select: outboxItemSelect,
  });
}

export async function findOutboxMessage(db: Db, id: string) {
  return db.prisma.outboxMessage.findUnique({
    where: { id },
    select: { ...outboxItemSelect, content: true, html: true, text: true, template: { select: { name: true } } },
  });
}

/**
 * A failed message goes back to the queue as new (attempts 0, due now), with an "email-retried"
 * timeline entry. 'not-failed' when it is in another state (a retry clicked twice, say).
 */
export async function requeueFailedMessage(db: Db, id: string, now: Date): Promise<'requeued' | 'not-failed' | 'not-found'> {
  return db.prisma.$transaction(async (tx) => {
    const updated = await tx.outboxMessage.updateMany({
      where: { id, status: 'failed' },
      data: { status: 'queued', attempts: 0, nextAttemptAt: now, lockedUntil: null, claimToken: null },
    });
    if (updated.count === 0) {
      const exists = await tx.outboxMessage.findUnique({ where: { id }, select: { id: true } });
      return exists ? 'not-failed' : 'not-found';
    }
    const message = await tx.outboxMessage.findUniqueOrThrow({ where: { id }, select: { intakeId: true } });
    if (message.intakeId) {
      await recordTimelineEvent(tx, message.intakeId, { type: 'email-retried', data: { messageId: id } });
    }
    return 'requeued';
  });
}

// ---------------------------------------------------------------------------------------------
// Metrics (/metrics)

export type OutboxStats = { due: number; scheduled: number; sending: number; failed: number; oldestDueAt: Date | null };

/** The queue as the metrics report it; due = queued and its time has come. */
export async function outboxStats(db: Db, now: Date): Promise<OutboxStats> {
  const [due, scheduled, sending, failed, oldest] = await Promise.all([
    db.prisma.outboxMessage.count({ where: { status: 'queued', nextAttemptAt: { lte: now } } }),
    db.prisma.outboxMessage.count({ where: { status: 'queued', nextAttemptAt: { gt: now } } }),
    db.prisma.outboxMessage.count({ where: { status: 'sending' } }),
    db.prisma.outboxMessage.count({ where: { status: 'failed' } }),
    db.prisma.outboxMessage.findFirst({
      where: { status: 'queued', nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true },
    }),
  ]);
  return { due, scheduled, sending, failed, oldestDueAt: oldest?.nextAttemptAt ?? null };
}
