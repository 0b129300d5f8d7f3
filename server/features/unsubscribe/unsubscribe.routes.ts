import { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.ts';
import { limitBody } from '../../lib/validation.ts';
import { limitPerAddress } from '../../lib/rate-limit.ts';
import { undoUnsubscribe, unsubscribe, unsubscribeState } from './unsubscribe.service.ts';

/**
 * Mail providers send the one-click POSTs of all their users from a few addresses, so the limit
 * is generous: it only stops someone guessing tokens at speed.
 */
const UNSUBSCRIBE_LIMIT = 60;
const UNSUBSCRIBE_WINDOW_MS = 15 * 60 * 1000;
/** `List-Unsubscribe=One-Click` is all a body ever holds; it is not read. */
const MAX_UNSUBSCRIBE_BODY_BYTES = 4 * 1024;

/**
 * Public, mounted at /api/unsubscribe. POST /:token is RFC 8058's one-click unsubscribe: mail
 * clients POST `List-Unsubscribe=One-Click` form-encoded, the unsubscribe page an empty or JSON
 * body; any of them unsubscribes. GET /:token tells the page the state; POST /:token/undo
 * takes an unsubscribe back. An unknown, malformed or
 * tampered token answers 404, the same every time.
 */
export function unsubscribeRoutes(deps: AppDeps) {
  const limit = limitPerAddress(deps, {
    name: 'unsubscribe',
    limit: UNSUBSCRIBE_LIMIT,
    windowMs: UNSUBSCRIBE_WINDOW_MS,
  });
  return new Hono()
    .get('/:token', limit, async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await unsubscribeState(deps, c.req.param('token')), 200);
    })
    .post('/:token', limit, limitBody(MAX_UNSUBSCRIBE_BODY_BYTES), async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await unsubscribe(deps, c.req.param('token')), 200);
    })
    // The page's "undo" right after a click by mistake; the body is not read.
    .post('/:token/undo', limit, limitBody(MAX_UNSUBSCRIBE_BODY_BYTES), async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await undoUnsubscribe(deps, c.req.param('token')), 200);
    });
}
