import { Hono } from 'hono';
import {
  IDEMPOTENCY_KEY_HEADER,
  IdempotencyKey,
  MAX_INTAKE_BODY_BYTES,
  SubmitIntakeInput,
} from '#shared/schemas/intake.ts';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { limitPerAddress } from '../../lib/rate-limit.ts';
import { limitBody, validate } from '../../lib/validation.ts';
import { countRateLimited } from '../scan/scan.rejections.ts';
import { submitIntake } from './intakes.service.ts';
import { guardSubmission } from './intakes.spam-guard.ts';

const IdempotencyHeaders = z.object({ [IDEMPOTENCY_KEY_HEADER.toLowerCase()]: IdempotencyKey });

export function intakeRoutes(deps: AppDeps) {
  const submitLimit = limitPerAddress(deps, {
    name: 'submit',
    limit: deps.env.SUBMIT_LIMIT_PER_HOUR,
    windowMs: 60 * 60 * 1000,
  });
  return new Hono().post(
    '/',
    countRateLimited(deps, 'rejected.rate-limit.submit'),
    submitLimit,
    limitBody(MAX_INTAKE_BODY_BYTES),
    validate('header', IdempotencyHeaders),
    validate('json', SubmitIntakeInput),
    async (c) => {
      const input = await guardSubmission(deps, c, c.req.valid('json'));
      const idempotencyKey = c.req.valid('header')[IDEMPOTENCY_KEY_HEADER.toLowerCase()] as string;
      const { created, response } = await submitIntake(deps, input, idempotencyKey);
      return c.json(response, created ? 201 : 200);
    },
  );
}
