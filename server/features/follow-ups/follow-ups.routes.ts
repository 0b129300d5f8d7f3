import { Hono } from 'hono';
import { z } from 'zod';
import { SendFollowUpInput } from '#shared/schemas/email.ts';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKey } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import type { AdminEnv } from '../../lib/auth-context.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { previewFollowUp, sendFollowUp } from './follow-ups.service.ts';

const MAX_FOLLOW_UP_BODY_BYTES = 64 * 1024;
const followUpBodyLimit = limitBody(MAX_FOLLOW_UP_BODY_BYTES);

const PreviewFollowUpInput = SendFollowUpInput.omit({ sendAt: true });
/** Optional: a client that retries sends the same key and gets the first message back. */
const OptionalIdempotencyHeaders = z.object({ [IDEMPOTENCY_KEY_HEADER.toLowerCase()]: IdempotencyKey.optional() });

/**
 * Follow-ups from one intake, mounted at /api/admin/intakes behind requireVa: preview (nothing
 * stored) and send now or at `sendAt`. 409 `unsubscribed` / `no_follow_up_consent` when the
 * prospect may not receive one, 404 for an unknown intake.
 */
export function followUpRoutes(deps: AppDeps) {
  return new Hono<AdminEnv>()
    .post('/:intakeId/emails/preview', followUpBodyLimit, validate('json', PreviewFollowUpInput), async (c) => {
      return c.json(await previewFollowUp(deps, c.req.param('intakeId'), c.req.valid('json')), 200);
    })
    .post(
      '/:intakeId/emails',
      followUpBodyLimit,
      validate('header', OptionalIdempotencyHeaders),
      validate('json', SendFollowUpInput),
      async (c) => {
        const key = c.req.valid('header')[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
        const { created, message } = await sendFollowUp(deps, c.req.param('intakeId'), c.req.valid('json'), key);
        return c.json(message, created ? 201 : 200);
      },
    );
}
