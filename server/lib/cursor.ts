import type { z } from 'zod';
import { type AppError, validationError } from './errors.ts';

/**
 * The one codec for the cursors of keyset pages (the inbox, the outbox). A cursor is opaque to the
 * client: base64url of a small JSON object holding the last row's position. It is not a secret (a
 * forged cursor only moves the starting point), but a damaged one, or one that does not fit the
 * page's payload schema, is refused with a 422 on `cursor`.
 */

export function encodeCursorPayload(payload: object): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** The payload a cursor holds, checked against the page's schema; a 422 on `cursor` otherwise. */
export function decodeCursorPayload<Payload>(cursor: string, schema: z.ZodType<Payload>): Payload {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const payload = schema.safeParse(json);
  if (!payload.success) throw invalidCursor();
  return payload.data;
}

/** The 422 for a cursor that cannot be used here. */
export function invalidCursor(message = 'Not a valid cursor'): AppError {
  return validationError([{ path: 'cursor', message }]);
}
