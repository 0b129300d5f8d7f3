import type { MiddlewareHandler } from 'hono';

/** Where the process is in its life, as the app needs to know it (set by server/index.ts). */
export type Lifecycle = {
  /** A stop has begun: not ready any more, and no connection is kept open for a next request. */
  stopping: boolean;
};

export function createLifecycle(): Lifecycle {
  return { stopping: false };
}

/**
 * While stopping, every response says `Connection: close`: a client (or the load balancer) then
 * sends its next request over a new connection, to a process that is not going away.
 */
export function closeConnectionsWhileStopping(lifecycle: Lifecycle): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (lifecycle.stopping) c.res.headers.set('Connection', 'close');
  };
}
