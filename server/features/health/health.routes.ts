import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import type { Lifecycle } from '../../lib/lifecycle.ts';
import { checkReadiness } from './health.service.ts';

/**
 * Probes for whoever runs the processes. Liveness (/api/health): the process answers; restart it
 * when it does not. Readiness (/api/ready): it can serve traffic now (the database answers, the
 * migrations this code needs are applied, it is not stopping); a load balancer sends requests only
 * to a ready process, and a stopping one turns unready first so traffic drains away from it.
 */
export function healthRoutes(deps: AppDeps, lifecycle: Lifecycle) {
  return new Hono()
    .get('/health', (c) => c.json({ ok: true }, 200))
    .get('/ready', async (c) => {
      c.header('Cache-Control', 'no-store');
      const readiness = await checkReadiness(deps, lifecycle);
      if (readiness.ready) return c.json(readiness, 200);
      c.header('Retry-After', '5');
      return c.json(readiness, 503);
    });
}
