import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from './errors.ts';
import { pseudonym } from './logger.ts';

/**
 * The client's address: the socket's peer, or the first X-Forwarded-For hop when the app
 * runs behind a proxy we trust (TRUST_PROXY=true). Without a socket (in-process tests) all
 * requests share one key.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/**
 * A fixed-window limit per client address, answered with 429 and Retry-After through the
 * one error handler. In memory: exact within one process (the default deployment); several
 * processes each count on their own.
 */
export function limitPerAddress(deps: AppDeps, options: { name: string; limit: number; windowMs: number }) {
  const trustProxy = deps.env.TRUST_PROXY;
  return rateLimiter({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-7',
    keyGenerator: (c) => `${options.name}:${clientAddress(c, trustProxy)}`,
    handler: (c) => {
      const retryAfter = Math.ceil(options.windowMs / 1000);
      c.header('Retry-After', String(retryAfter));
      deps.log.warn({ limit: options.name, client: pseudonym(clientAddress(c, trustProxy)) }, `rate limit ${options.name} reached`);
      throw new AppError(429, 'rate_limited', 'Too many requests. Please try again later.');
    },
  });
}
