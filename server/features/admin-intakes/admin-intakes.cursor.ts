import { z } from 'zod';
import type { InboxSort } from '#shared/schemas/admin-intakes.ts';
import { decodeCursorPayload, encodeCursorPayload, invalidCursor } from '../../lib/cursor.ts';

/**
 * Keyset pagination for the inbox. Each sort is one indexed column plus the id as tie-breaker,
 * in one direction, each served by the `Intake_inbox_*` indexes (sort field, id, then the
 * filtered columns; see docs/decisions/0005-inbox-performance.md).
 *
 * The cursor (server/lib/cursor.ts) holds `{ s: sort, v: last row's sort value, i: last row's
 * id }`; one from another sort order is refused with a 422 on `cursor` as a damaged one is.
 */
export type SortField = 'createdAt' | 'name' | 'freedMinutesPerMonth' | 'netGainCentsPerMonth';
export type SortDirection = 'asc' | 'desc';
export type InboxOrder = { field: SortField; direction: SortDirection };

export const INBOX_ORDERS: Record<InboxSort, InboxOrder> = {
  newest: { field: 'createdAt', direction: 'desc' },
  oldest: { field: 'createdAt', direction: 'asc' },
  name: { field: 'name', direction: 'asc' },
  'hours-freed': { field: 'freedMinutesPerMonth', direction: 'desc' },
  'net-gain': { field: 'netGainCentsPerMonth', direction: 'desc' },
};

export type SortValue = Date | string | number;
/** The position after which the next page starts. */
export type KeysetPosition = { value: SortValue; id: string };

type SortRow = { id: string; createdAt: Date; name: string; freedMinutesPerMonth: number; netGainCentsPerMonth: number };

export function positionOf(row: SortRow, order: InboxOrder): KeysetPosition {
  return { value: row[order.field], id: row.id };
}

export function encodeCursor(sort: InboxSort, position: KeysetPosition): string {
  const value = position.value instanceof Date ? position.value.toISOString() : position.value;
  return encodeCursorPayload({ s: sort, v: value, i: position.id });
}

const CursorPayload = z.strictObject({
  s: z.string(),
  v: z.union([z.string().max(400), z.number().int()]),
  i: z.string().min(1).max(100),
});

const valueSchemas: Record<SortField, z.ZodType<SortValue>> = {
  createdAt: z.iso.datetime().transform((text) => new Date(text)),
  name: z.string(),
  freedMinutesPerMonth: z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1),
  netGainCentsPerMonth: z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1),
};

/** The position a cursor points at, for this sort; a 422 on `cursor` when it does not fit. */
export function decodeCursor(sort: InboxSort, cursor: string): KeysetPosition {
  const payload = decodeCursorPayload(cursor, CursorPayload);
  if (payload.s !== sort) throw invalidCursor('This cursor belongs to another sort order');
  const value = valueSchemas[INBOX_ORDERS[sort].field].safeParse(payload.v);
  if (!value.success) throw invalidCursor();
  return { value: value.data, id: payload.i };
}
