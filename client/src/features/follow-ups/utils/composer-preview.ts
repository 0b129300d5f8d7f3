import type { EmailPreview } from '#shared/schemas/email.ts';
import { ApiRequestError } from '../../../lib/api-error.ts';
import type { FollowUpText } from './composer-form.ts';

/**
 * What the follow-up composer and its preview panel share (here, so that neither imports the
 * other): the preview shown and why a preview or a send failed.
 */

export type Failure = 'offline' | 'expired' | 'invalid' | 'failed';

export function failureOf(error: Error): Failure {
  if (!(error instanceof ApiRequestError)) return error instanceof TypeError ? 'offline' : 'failed';
  if (error.status === 401 || error.status === 403) return 'expired';
  if (error.status === 422) return 'invalid';
  return 'failed';
}

/** A preview, what it was made from, and the key that makes sending it once safe to retry. */
export type ShownPreview = { preview: EmailPreview; text: FollowUpText; idempotencyKey: string };
