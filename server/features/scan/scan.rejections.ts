import type { MiddlewareHandler } from 'hono';
import type { RejectionReason } from '#shared/schemas/insight.ts';
import type { AppDeps } from '../../app-deps.ts';
import { countToday } from '../../lib/daily-count.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * What the scan's public endpoints refuse is never dropped silently: each refusal writes a log
 * line and adds one to an anonymous daily counter that the VA's insight shows.
 */
export type RejectionCounter = `rejected.${RejectionReason}`;

export async function countRejection(deps: AppDeps, counter: RejectionCounter): Promise<void> {
  await countToday(deps.db, counter);
}

/**
 * Put before a `limitPerAddress` limiter (which logs its refusals): counts each 429 it answers.
 * The limiter's error has become the response by the time `next()` returns; `c.error` keeps it.
 */
export function countRateLimited(deps: AppDeps, counter: RejectionCounter): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.error instanceof AppError && c.error.code === 'rate_limited') await countRejection(deps, counter);
  };
}
