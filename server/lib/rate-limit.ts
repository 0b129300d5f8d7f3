import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { rateLimiter, type Store } from 'hono-rate-limiter';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from './errors.ts';
import { logSecurityEvent, pseudonym } from './logger.ts';
import { deleteEndedWindows, deleteWindow, hitWindow, unhitWindow } from './rate-limit.repository.ts';

/**
 * The client's address: the socket's peer, or, behind `trustedProxies` reverse proxies
 * (TRUST_PROXY), the X-Forwarded-For entry the outermost of them wrote: each proxy appends the
 * address it saw, so that entry is `trustedProxies` from the right. Entries further left were
 * written by the client and prove nothing (a rotating value there must not dodge a limit).
 * Without a socket (in-process tests) all requests share one key.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    // Fewer entries than proxies: the request did not come through all of them; the left-most is all there is.
    const seen = hops[hops.length - trustedProxies] ?? hops[0];
    if (seen) return seen;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/**
 * A fixed-window limit per client address, answered with 429 and Retry-After through the
 * one error handler. The counts live in the database (RateLimitWindow), so every process behind
 * a load balancer counts together: three processes allow the limit once, not three times.
 */
export function limitPerAddress(deps: AppDeps, options: { name: string; limit: number; windowMs: number }) {
  const trustProxy = deps.env.TRUST_PROXY;
  return rateLimiter({
    windowMs: options.windowMs,
    limit: options.limit,
    store: databaseStore(deps, options.windowMs),
    standardHeaders: 'draft-7',
    keyGenerator: (c) => `${options.name}:${clientAddress(c, trustProxy)}`,
    handler: (c) => {
      const retryAfter = Math.ceil(options.windowMs / 1000);
      c.header('Retry-After', String(retryAfter));
      logSecurityEvent(deps.log, 'rate-limited', { limit: options.name, client: pseudonym(clientAddress(c, trustProxy)) }, `rate limit ${options.name} reached`);
      throw new AppError(429, 'rate_limited', 'Too many requests. Please try again later.');
    },
  });
}

/** Ended windows are swept away now and then by whichever process gets there. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;
let lastSweep = 0;

/** hono-rate-limiter's store over the RateLimitWindow table (shared by all processes). */
function databaseStore(deps: AppDeps, windowMs: number): Store {
  return {
    async increment(key) {
      const now = new Date();
      if (now.getTime() - lastSweep > SWEEP_INTERVAL_MS) {
        lastSweep = now.getTime();
        deleteEndedWindows(deps.db, now).catch((err: unknown) => deps.log.warn({ err }, 'rate limits: sweeping ended windows failed'));
      }
      const { hits, resetAt } = await hitWindow(deps.db, key, now, windowMs);
      return { totalHits: hits, resetTime: resetAt };
    },
    decrement: (key) => unhitWindow(deps.db, key),
    resetKey: (key) => deleteWindow(deps.db, key),
  };
}
