import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import { eraseResult, openResult } from './results.service.ts';

/**
 * The prospect's own result behind an unguessable token. A malformed token is not a
 * validation error here: every miss answers the same 404, so nothing is revealed.
 */
export function resultRoutes(deps: AppDeps) {
  return new Hono()
    .get('/:token', async (c) => {
      const view = await openResult(deps, c.req.param('token'));
      c.header('Cache-Control', 'no-store');
      return c.json(view, 200);
    })
    .delete('/:token', async (c) => {
      await eraseResult(deps, c.req.param('token'));
      return c.json({ erased: true }, 200);
    });
}
