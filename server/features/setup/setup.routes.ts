import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { getSetupStatus, sendTestEmail } from './setup.service.ts';

/** /api/admin/setup behind requireVa: the first-run checklist and its test e-mail. */
export function setupRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .get('/', async (c) => c.json(await getSetupStatus(deps), 200))
    .post('/test-email', async (c) => c.json(await sendTestEmail(deps, c.var.va.email), 200));
}
