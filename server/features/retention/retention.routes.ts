import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { getRetentionOverview } from './retention.service.ts';

/** GET /api/admin/retention (behind requireVa): see shared/schemas/retention.ts. */
export function retentionRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>().get('/', async (c) => {
    return c.json(await getRetentionOverview(deps), 200);
  });
}
