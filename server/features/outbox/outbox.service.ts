import { z } from 'zod';
import { DEFAULT_LOCALE, Locale } from '#shared/schemas/common.ts';
import {
  OutboxKind,
  OutboxStatus,
  type OutboxListItem,
  type OutboxListQuery,
  type OutboxMessageDetail,
  type OutboxPage,
} from '#shared/schemas/email.ts';
import type { AppDeps } from '../../app-deps.ts';
import { decodeCursorPayload, encodeCursorPayload } from '../../lib/cursor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { publicUrl } from '../../env.ts';
import { fillLinkPlaceholders, LINK_PLACEHOLDERS } from '../../emails/link-placeholders.ts';
import {
  findOutboxMessage,
  listOutboxMessages,
  outboxStats,
  type OutboxStats,
  requeueFailedMessage,
  type OutboxItemRow,
} from './outbox.repository.ts';
import { renderStoredMessage } from './outbox.sender.ts';

/** The outbox in the back office: newest first, filtered by status and/or intake, keyset pages. */
export async function listOutbox(deps: AppDeps, query: OutboxListQuery): Promise<OutboxPage> {
  const rows = await listOutboxMessages(deps.db, {
    status: query.status,
    intakeId: query.intakeId,
    after: query.cursor === undefined ? undefined : decodeOutboxCursor(query.cursor),
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toOutboxListItem),
    nextCursor: rows.length > query.limit && last ? encodeOutboxCursor(last) : null,
  };
}

/**
 * One message, rendered from what it says (as the sender renders it: the same content, the same
 * templates; a row queued before decision 0026 shows the HTML stored with it). Links are minted
 * per send and never stored, so the preview shows recognisable example links (`…/r/voorbeeld`)
 * where the prospect gets real ones. Content that cannot be rendered shows why, as text.
 */
export async function getOutboxMessage(deps: AppDeps, id: string): Promise<OutboxMessageDetail> {
  const row = await findOutboxMessage(deps.db, id);
  if (!row) throw notFound('No such message in the outbox.');
  const base = publicUrl(deps.env);
  const previewLinks: [string, string][] = [
    [LINK_PLACEHOLDERS.result, `${base}/r/voorbeeld`],
    [LINK_PLACEHOLDERS.unsubscribe, `${base}/u/voorbeeld`],
    [LINK_PLACEHOLDERS.resume, `${base}/resume/voorbeeld`],
  ];
  let body: { html: string; text: string };
  try {
    body = await renderStoredMessage(row);
  } catch (error) {
    deps.log.warn({ err: error, messageId: id }, 'Outbox: a message cannot be shown');
    body = { html: '', text: error instanceof Error ? error.message : String(error) };
  }
  return {
    ...toOutboxListItem(row),
    html: fillLinkPlaceholders(body.html, previewLinks),
    text: fillLinkPlaceholders(body.text, previewLinks),
    templateName: row.template?.name ?? null,
  };
}

/** The queue as the metrics report it (due, scheduled, sending, failed, the oldest due). */
export function getOutboxStats(deps: AppDeps, now: Date = new Date()): Promise<OutboxStats> {
  return outboxStats(deps.db, now);
}

/** A failed message back in the queue, to be sent at the next poll; 409 when it has not failed. */
export async function retryOutboxMessage(deps: AppDeps, id: string): Promise<OutboxListItem> {
  const result = await requeueFailedMessage(deps.db, id, new Date());
  if (result === 'not-found') throw notFound('No such message in the outbox.');
  if (result === 'not-failed') throw new AppError(409, 'not_failed', 'Only a failed message can be retried.');
  const row = await findOutboxMessage(deps.db, id);
  if (!row) throw notFound('No such message in the outbox.');
  return toOutboxListItem(row);
}

export function toOutboxListItem(row: OutboxItemRow): OutboxListItem {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    kind: OutboxKind.parse(row.kind),
    to: row.toName ? `${row.toName} <${row.toAddress}>` : row.toAddress,
    subject: row.subject,
    locale: Locale.safeParse(row.locale).data ?? DEFAULT_LOCALE,
    status: OutboxStatus.parse(row.status),
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    lastError: row.lastError,
    intake: row.intake,
  };
}

// The cursor (server/lib/cursor.ts) holds { c: createdAt, i: id } of the page's last row.
const CursorPayload = z.strictObject({ c: z.iso.datetime(), i: z.string().min(1).max(100) });

function encodeOutboxCursor(row: { createdAt: Date; id: string }): string {
  return encodeCursorPayload({ c: row.createdAt.toISOString(), i: row.id });
}

function decodeOutboxCursor(cursor: string): { createdAt: Date; id: string } {
  const payload = decodeCursorPayload(cursor, CursorPayload);
  return { createdAt: new Date(payload.c), id: payload.i };
}
