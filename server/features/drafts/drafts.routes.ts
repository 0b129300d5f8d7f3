import { Hono } from 'hono';
import { MAX_DRAFT_BODY_BYTES, SaveDraftInput } from '#shared/schemas/draft.ts';
import type { AppDeps } from '../../app-deps.ts';
import { limitPerAddress } from '../../lib/rate-limit.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { countRateLimited } from '../scan/scan.rejections.ts';
import { openSavedDraft, saveDraftForLater } from './drafts.service.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * POST /api/drafts: save a half-finished scan and e-mail a link to it (202: the e-mail is queued).
 * GET /api/drafts/:token: the saved draft behind a link. Both are limited per address
 * (RESUME_LIMIT_PER_HOUR each): one keeps the form from mailing strangers in bulk, the other
 * keeps anyone from trying tokens; each refusal is logged and counted.
 */
export function draftRoutes(deps: AppDeps) {
  const limit = (name: string) => [
    countRateLimited(deps, 'rejected.rate-limit.resume'),
    limitPerAddress(deps, { name, limit: deps.env.RESUME_LIMIT_PER_HOUR, windowMs: HOUR_MS }),
  ] as const;
  return new Hono()
    .use(async (c, next) => {
      c.header('Cache-Control', 'no-store'); // a draft holds the prospect's answers: never cached
      await next();
    })
    .post(
      '/',
      ...limit('resume-request'),
      limitBody(MAX_DRAFT_BODY_BYTES),
      validate('json', SaveDraftInput),
      async (c) => c.json(await saveDraftForLater(deps, c.req.valid('json')), 202),
    )
    .get('/:token', ...limit('resume-open'), async (c) => c.json(await openSavedDraft(deps, c.req.param('token')), 200));
}
