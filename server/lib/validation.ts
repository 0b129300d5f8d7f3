import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { AppError, toFieldIssues, validationError } from './errors.ts';

/** zValidator that answers 422 with the issues per field through the one error handler. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw validationError(toFieldIssues(result.error));
  });
}

/** bodyLimit that answers 413 `payload_too_large` through the one error handler. */
export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'payload_too_large', `The request body is larger than ${maxSize} bytes.`);
    },
  });
}
