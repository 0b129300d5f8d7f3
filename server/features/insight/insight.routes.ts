import { Hono } from 'hono';
import { InsightQuery } from '#shared/schemas/insight.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { validate } from '../../lib/validation.ts';
import { getInsight } from './insight.service.ts';

/** GET /api/admin/insight?from&to (behind requireVa): see shared/schemas/insight.ts. */
export function insightRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>().get('/', validate('query', InsightQuery), async (c) => {
    return c.json(await getInsight(deps, c.req.valid('query')), 200);
  });
}
