import { z } from 'zod';
import { IntakeStatus } from './admin-intakes.ts';

/**
 * The retention overview (GET /api/admin/retention): how long intakes are kept, and which ones the
 * daily job will erase soon. Intakes marked 'client' are kept; every other intake is erased once
 * `retentionMonths` calendar months have passed since it was submitted (AVG).
 */

const Count = z.number().int().nonnegative();

/** The upcoming-erasures list looks this far ahead. */
export const RETENTION_LOOKAHEAD_DAYS = 30;
/** At most this many upcoming erasures are listed (the total is always given). */
export const RETENTION_LIST_LIMIT = 100;

export const UpcomingErasure = z.object({
  id: z.string(),
  name: z.string(),
  status: IntakeStatus,
  createdAt: z.string(),
  /** From this moment the daily job erases it (it runs once a day, so up to a day later). */
  eraseAt: z.string(),
});
export type UpcomingErasure = z.infer<typeof UpcomingErasure>;

/** GET /api/admin/retention */
export const RetentionOverview = z.object({
  retentionMonths: z.number().int().positive(),
  lookaheadDays: z.number().int().positive(),
  /** Intakes (not marked client) due for erasure within the lookahead, overdue ones included. */
  total: Count,
  /** The first RETENTION_LIST_LIMIT of them, soonest first. */
  upcoming: z.array(UpcomingErasure),
});
export type RetentionOverview = z.infer<typeof RetentionOverview>;
