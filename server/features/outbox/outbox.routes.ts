import { Hono } from 'hono';
import { OutboxListQuery } from '#shared/schemas/email.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { validate } from '../../lib/validation.ts';
import { getOutboxMessage, listOutbox, retryOutboxMessage } from './outbox.service.ts';

/**
 * The outbox in the back office, mounted at /api/admin/outbox behind requireVa (session, CSRF,
 * no-store). See shared/schemas/email.ts for the query and the DTOs.
 */
export function adminOutboxRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .get('/', validate('query', OutboxListQuery), async (c) => {
      return c.json(await listOutbox(deps, c.req.valid('query')), 200);
    })
    .get('/:id', async (c) => {
      return c.json(await getOutboxMessage(deps, c.req.param('id')), 200);
    })
    .post('/:id/retry', async (c) => {
      return c.json(await retryOutboxMessage(deps, c.req.param('id')), 200);
    });
}
