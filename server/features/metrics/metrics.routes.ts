import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { outboxMessages, outboxOldestDueSeconds, registry } from '../../lib/metrics.ts';
import { getOutboxStats } from '../outbox/outbox.service.ts';

/**
 * GET /metrics in Prometheus' text format. Only for whoever runs the app: with the bearer token
 * METRICS_TOKEN, or straight from this machine (the loopback address, and no proxy header: a
 * reverse proxy on this machine also connects from the loopback, on behalf of someone else).
 */
export function metricsRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    checkAccess(c, deps.env.METRICS_TOKEN);
    const stats = await getOutboxStats(deps);
    outboxMessages.set({ state: 'due' }, stats.due);
    outboxMessages.set({ state: 'scheduled' }, stats.scheduled);
    outboxMessages.set({ state: 'sending' }, stats.sending);
    outboxMessages.set({ state: 'failed' }, stats.failed);
    outboxOldestDueSeconds.set(stats.oldestDueAt ? Math.max(0, (Date.now() - stats.oldestDueAt.getTime()) / 1000) : 0);
    c.header('Content-Type', registry.contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(await registry.metrics(), 200);
  });
}

const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

function checkAccess(c: Context, token: string | undefined): void {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const given = Buffer.from(authorization.replace(/^Bearer\s+/i, ''));
    const expected = Buffer.from(token ?? '');
    if (token && given.length === expected.length && timingSafeEqual(given, expected)) return;
    throw new AppError(401, 'unauthorized', 'The metrics token is not correct.');
  }
  if (isLoopback(peerAddress(c)) && !PROXY_HEADERS.some((name) => c.req.header(name) !== undefined)) return;
  throw new AppError(403, 'forbidden', 'Metrics are served to this machine, or with the metrics token.');
}

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // no socket (app.request in tests): not the loopback
  }
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}
