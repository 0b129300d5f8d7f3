import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { withRequestId, type Logger } from './logger.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** An id a proxy in front of us chose (haproxy, nginx) is kept when it looks like one. */
const INCOMING_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;
/** Probes that arrive every few seconds: logged at debug, not info. */
const PROBES = new Set(['/api/health', '/api/ready', '/metrics']);

/**
 * One log line per request: method, the route it matched (the pattern, never the path: paths
 * carry tokens such as /r/<token>), status and duration, under a request id that is returned in
 * the X-Request-Id header and attached to every line logged while handling it.
 */
export function requestLog(log: Logger, observe?: (sample: RequestSample) => void): MiddlewareHandler {
  return async (c, next) => {
    const incoming = c.req.header(REQUEST_ID_HEADER);
    const reqId = incoming && INCOMING_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.header(REQUEST_ID_HEADER, reqId);
    const started = performance.now();
    await withRequestId(reqId, () => next());
    const sample: RequestSample = {
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      seconds: (performance.now() - started) / 1000,
    };
    observe?.(sample);
    // A 503 is an answer we chose (overloaded, not ready), not a failure: a warning.
    const level = sample.status === 503 ? 'warn' : sample.status >= 500 ? 'error' : PROBES.has(sample.route) ? 'debug' : 'info';
    withRequestId(reqId, () =>
      log[level]({ method: sample.method, route: sample.route, status: sample.status, ms: Math.round(sample.seconds * 1000) }, 'request'),
    );
  };
}

export type RequestSample = { method: string; route: string; status: number; seconds: number };
