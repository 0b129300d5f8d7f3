import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { toFieldIssues, validationError } from './errors.ts';

/** zValidator that answers 422 with the issues per field through the one error handler. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw validationError(toFieldIssues(result.error));
  });
}
